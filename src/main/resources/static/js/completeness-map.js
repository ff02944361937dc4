// Colours the units of an area by the share of their RTs attested on time this month (the same
// bands as the table), from /api/regions/{code}/boundaries and /api/completeness/{code}.
// Hovering names a unit and its figures; clicking opens it.
(function () {
  var el = document.getElementById('completeness-map');
  if (!el || !window.L) { return; }
  var area = el.dataset.area;
  var byRt = el.dataset.level === 'rt';
  var json = { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' };
  var shapes = fetch('/api/regions/' + area + '/boundaries' + (byRt ? '?level=rt' : ''), json).then(function (r) { return r.json(); });
  var figures = fetch('/api/completeness/' + area + (byRt ? '?rows=rt' : ''), json).then(function (r) { return r.json(); });
  // the area's own outline, where it has a polygon (a kelurahan), under its RW and RT points
  var outline = fetch('/api/regions/' + area + '/outline', json)
    .then(function (r) { return r.ok ? r.json() : null; })
    .catch(function () { return null; });
  var colours = { behind: '#b3261e', half: '#e0a100', done: '#0b6e4f', none: '#9aa5a9' };
  function band(share) {
    if (share === null || share === undefined) { return 'none'; }
    return share >= 0.999 ? 'done' : share >= 0.5 ? 'half' : 'behind';
  }
  function percent(share) { return share === null || share === undefined ? '—' : Math.round(share * 100) + '%'; }
  var map = L.map(el, { zoomSnap: 0.25 });
  if (el.dataset.tiles) {
    L.tileLayer(el.dataset.tiles, { maxZoom: 19, attribution: el.dataset.attribution || '' }).addTo(map);
  }
  Promise.all([shapes, figures, outline]).then(function (all) {
    var geo = all[0];
    var rows = {};
    (all[1].rows || []).forEach(function (row) { rows[row.code] = row; });
    var own = all[2] && all[2].properties.code === area ? all[2] : null;
    var frame = own ? L.geoJSON(own, {
      style: function () { return { color: '#0b6e4f', weight: 2, fill: false, dashArray: '4 3' }; },
      interactive: false
    }).addTo(map) : null;
    var layer = L.geoJSON(geo, {
      style: function (f) {
        var row = rows[f.properties.code];
        var c = colours[band(row ? row.attestedOnTimeShare : null)];
        return { color: '#1d2a2f', weight: 1, fillColor: c, fillOpacity: 0.6 };
      },
      pointToLayer: function (f, latlng) {
        var row = rows[f.properties.code];
        var c = colours[band(row ? row.attestedOnTimeShare : null)];
        return L.circleMarker(latlng, { radius: 8, color: '#1d2a2f', weight: 1, fillColor: c, fillOpacity: 0.85 });
      },
      onEachFeature: function (f, l) {
        var row = rows[f.properties.code];
        var tip = f.properties.name + (row
          ? ' · ' + percent(row.attestedOnTimeShare) + ' (' + row.rtsAttestedOnTime + '/' + row.rts + ') · ' + percent(row.labourShare)
          : ' · ' + (el.dataset.labelNone || ''));
        l.bindTooltip(tip, { sticky: true, className: 'area-name' });
        l.on('click', function () {
          var code = f.properties.code;
          window.location.href = (f.properties.level === 'rt' ? el.dataset.rtPage : el.dataset.page) + code;
        });
      }
    }).addTo(map);
    el.dataset.features = String(geo.features.length);
    el.dataset.coloured = String(geo.features.filter(function (f) { return rows[f.properties.code]; }).length);
    if (frame) { el.dataset.outline = own.properties.code; }
    var bounds = frame ? frame.getBounds() : (geo.features.length ? layer.getBounds() : null);
    if (bounds) { map.fitBounds(bounds, { padding: [10, 10], maxZoom: 17 }); }
    else { map.setView([-6.0, 106.03], 12); }
  });
})();
