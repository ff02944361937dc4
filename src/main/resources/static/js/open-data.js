// The open data map: the kelurahan coloured by their published TPT; withheld figures stay grey.
(function () {
  var page = document.getElementById('open-data');
  var el = document.getElementById('map');
  if (!page || !el || !window.L) { return; }
  var map = L.map(el, { zoomSnap: 0.25 });
  if (page.dataset.tiles) {
    L.tileLayer(page.dataset.tiles, { maxZoom: 19, attribution: page.dataset.attribution || '' }).addTo(map);
  }
  WargaTpt.legend(map, el.dataset.legend, el.dataset.legendNone);
  fetch('/api/open/indicators/' + page.dataset.code + '/map?period=' + encodeURIComponent(page.dataset.period), { headers: { 'Accept': 'application/json' } })
    .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
    .then(function (geo) {
      var layer = L.geoJSON(geo, {
        style: function (f) { return { color: '#3b4a50', weight: 1, fillColor: WargaTpt.colour(f.properties.tpt), fillOpacity: 0.75 }; },
        onEachFeature: function (f, l) {
          l.bindTooltip('<strong>' + f.properties.name + '</strong><br>TPT: ' + (f.properties.tpt == null ? '—' : WargaTpt.format(f.properties.tpt, 1) + '%'), { sticky: true, className: 'area-name' });
          l.on('click', function () { window.location.href = '/data-terbuka/' + f.properties.code; });
        }
      }).addTo(map);
      el.dataset.features = String(geo.features.length);
      if (geo.features.length) { map.fitBounds(layer.getBounds(), { padding: [10, 10] }); } else { map.setView([-6.0, 106.03], 12); }
    })
    .catch(function () { map.setView([-6.0, 106.03], 12); el.dataset.features = 'error'; });
})();
