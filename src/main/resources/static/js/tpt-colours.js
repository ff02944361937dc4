// The TPT colour scale shared by every map: fixed classes, so that colours mean the same on every page.
(function () {
  var breaks = [4, 6, 8, 10, 12];
  var colours = ['#ffffb2', '#fed976', '#feb24c', '#fd8d3c', '#f03b20', '#bd0026'];
  var none = '#c8cdd0';
  function colour(tpt) {
    if (tpt === null || tpt === undefined) { return none; }
    for (var i = 0; i < breaks.length; i++) { if (tpt < breaks[i]) { return colours[i]; } }
    return colours[colours.length - 1];
  }
  function legend(map, title, noneLabel) {
    var control = L.control({ position: 'bottomright' });
    control.onAdd = function () {
      var div = L.DomUtil.create('div', 'legend');
      var rows = ['<strong>' + title + '</strong>'];
      for (var i = 0; i < colours.length; i++) {
        var from = i === 0 ? 0 : breaks[i - 1];
        var label = i < breaks.length ? from + '–' + breaks[i] : '≥ ' + breaks[breaks.length - 1];
        rows.push('<span><i style="background:' + colours[i] + '"></i>' + label + '</span>');
      }
      rows.push('<span><i style="background:' + none + '"></i>' + noneLabel + '</span>');
      div.innerHTML = rows.join('');
      return div;
    };
    control.addTo(map);
    return control;
  }
  function format(value, digits) {
    if (value === null || value === undefined) { return '—'; }
    var lang = document.documentElement.lang || 'id';
    return Number(value).toLocaleString(lang === 'en' ? 'en' : 'id', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  }
  window.WargaTpt = { colour: colour, legend: legend, format: format, none: none };
})();
