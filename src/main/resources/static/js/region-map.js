// Draws the areas of a region on a Leaflet map: polygons where they exist, circles for RW and RT,
// inside the area's outline.
// Hovering names an area; clicking opens its page. On the city map the kelurahan are coloured by
// their open-data TPT where those figures can be read (small counts withheld, never a person).
(function () {
  var el = document.getElementById('map');
  if (!el || !window.L) { return; }
  var code = el.dataset.city || el.dataset.area;
  var url = '/api/regions/' + code + '/boundaries' + (el.dataset.city ? '?level=kelurahan' : '');
  var map = L.map(el, { zoomSnap: 0.25 });
  if (el.dataset.tiles) {
    L.tileLayer(el.dataset.tiles, { maxZoom: 19, attribution: el.dataset.attribution || '' }).addTo(map);
  }
  // around an area's children, its own outline (for an RW or RT, its kelurahan's) for bearings
  var outline = el.dataset.city ? Promise.resolve(null) :
    fetch('/api/regions/' + code + '/outline', { headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .catch(function () { return null; });
  Promise.all([fetch(url, { headers: { 'Accept': 'application/json' } }).then(function (r) { return r.json(); }), outline])
    .then(function (both) {
      var geo = both[0];
      var around = both[1] ? L.geoJSON(both[1], {
        interactive: false,
        style: function () { return { color: '#3b4a50', weight: 2, dashArray: '6 4', fill: true, fillColor: '#ffffff', fillOpacity: 0.25 }; }
      }).addTo(map) : null;
      var byCode = {};
      var layer = L.geoJSON(geo, {
        style: function () { return { color: '#0b6e4f', weight: 1.5, fillColor: '#6fbf9f', fillOpacity: 0.35 }; },
        pointToLayer: function (f, latlng) {
          return L.circleMarker(latlng, { radius: 7, color: '#0b6e4f', weight: 1.5, fillColor: '#6fbf9f', fillOpacity: 0.8 });
        },
        onEachFeature: function (f, l) {
          l.feature = f;
          byCode[f.properties.code] = l;
          l.bindTooltip(f.properties.name, { sticky: true, className: 'area-name' });
          l.on('mouseover', function () { l.setStyle({ fillOpacity: 0.7 }); });
          l.on('mouseout', function () { l.setStyle({ fillOpacity: f.geometry.type === 'Point' ? 0.8 : 0.35 }); });
          l.on('click', function () { window.location.href = el.dataset.regionPage + f.properties.code; });
        }
      }).addTo(map);
      el.dataset.features = String(geo.features.length);
      if (el.dataset.city && window.WargaTpt) { colourByTpt(byCode); }
      // the area's own outline frames the map; an RW's RTs are framed themselves, close enough to
      // tell apart, with their kelurahan's outline around for bearings when zoomed out
      var own = around && both[1].properties.code === code;
      if (own || (around && geo.features.length < 2)) {
        var bounds = around.getBounds();
        if (geo.features.length) { bounds.extend(layer.getBounds()); }
        map.fitBounds(bounds, { padding: [10, 10] });
      } else if (geo.features.length) { map.fitBounds(layer.getBounds(), { padding: [30, 30], maxZoom: 16 }); }
      else { map.setView([-6.0, 106.03], 12); }
      if (around) { el.dataset.outline = both[1].properties.code; }
    });

  function colourByTpt(byCode) {
    // open data need no login: sending no credentials also spares visitors a browser login prompt
    fetch('/api/open/indicators/' + el.dataset.city + '/map', { headers: { 'Accept': 'application/json' }, credentials: 'omit' })
      .then(function (r) {
        var type = r.headers.get('Content-Type') || '';
        if (!r.ok || type.indexOf('json') < 0) { throw new Error('no open figures'); }
        return r.json();
      })
      .then(function (open) {
        open.features.forEach(function (f) {
          var l = byCode[f.properties.code];
          if (!l) { return; }
          var fill = WargaTpt.colour(f.properties.tpt);
          l.setStyle({ fillColor: fill, fillOpacity: 0.7, color: '#3b4a50', weight: 1 });
          l.on('mouseout', function () { l.setStyle({ fillOpacity: 0.7 }); });
          var tpt = f.properties.tpt == null ? (el.dataset.legendNone || '—') : WargaTpt.format(f.properties.tpt, 1) + '%';
          l.setTooltipContent(f.properties.name + ' · TPT ' + tpt);
        });
        WargaTpt.legend(map, el.dataset.legend || 'TPT (%)', el.dataset.legendNone || '—');
        el.dataset.coloured = 'tpt';
      })
      .catch(function () {});
  }
})();
