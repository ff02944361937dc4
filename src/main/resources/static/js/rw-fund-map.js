// Colours each kelurahan of the city by the share of its RWs' environment fund spent (the bands of
// the table), from /api/regions/{city}/boundaries?level=kelurahan and /api/open/programmes/rw-fund.
(function () {
  var el = document.getElementById('fund-map');
  if (!el || !window.L) { return; }
  var json = { headers: { 'Accept': 'application/json' } };
  var shapes = fetch('/api/regions/' + el.dataset.city + '/boundaries?level=kelurahan', json).then(function (r) { return r.json(); });
  var figures = fetch('/api/open/programmes/rw-fund?year=' + el.dataset.year, json).then(function (r) { return r.json(); });
  var colours = { behind: '#b3261e', half: '#e0a100', done: '#0b6e4f', none: '#9aa5a9' };
  // a kelurahan without an approved plan is grey: nothing to absorb yet is not the same as behind
  function band(row) {
    if (!row || !row.approvedPlans) { return 'none'; }
    return row.share >= 0.999 ? 'done' : row.share >= 0.5 ? 'half' : 'behind';
  }
  function percent(share) { return Math.round(share * 100) + '%'; }
  var map = L.map(el, { zoomSnap: 0.25 });
  Promise.all([shapes, figures]).then(function (all) {
    var rows = {};
    (all[1].kelurahan || []).forEach(function (k) {
      k.share = k.allocation > 0 ? k.spent / k.allocation : 0;
      rows[k.code] = k;
    });
    var geo = { type: 'FeatureCollection', features: (all[0].features || []).filter(function (f) { return f.geometry.type !== 'Point'; }) };
    var layer = L.geoJSON(geo, {
      style: function (f) {
        var row = rows[f.properties.code];
        return { color: '#1d2a2f', weight: 1, fillColor: colours[band(row)], fillOpacity: 0.6 };
      },
      onEachFeature: function (f, l) {
        var row = rows[f.properties.code];
        l.bindTooltip(f.properties.name + (row ? ' · ' + el.dataset.labelAbsorbed + ' ' + percent(row.share)
          + ' · ' + el.dataset.labelProgress + ' ' + row.progress + '%' : ''), { sticky: true, className: 'area-name' });
        l.on('click', function () {
          var target = document.getElementById('kelurahan-' + f.properties.code);
          if (target) { target.scrollIntoView({ behavior: 'smooth' }); }
        });
      }
    }).addTo(map);
    el.dataset.coloured = String(geo.features.filter(function (f) { return rows[f.properties.code]; }).length);
    if (geo.features.length) { map.fitBounds(layer.getBounds(), { padding: [10, 10] }); } else { map.setView([-6.0, 106.03], 12); }
  });
})();
