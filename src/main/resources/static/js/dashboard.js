// The dashboard: a TPT choropleth of the areas inside (kelurahan polygons; RW and RT as circles
// sized by their labour force) with a legend and drill-down on click, and ECharts charts by sex,
// age band, education and month. Every figure comes from the indicators API.
(function () {
  var page = document.getElementById('dashboard');
  if (!page) { return; }
  var code = page.dataset.code;
  var period = page.dataset.period;
  var query = '?period=' + encodeURIComponent(period);
  var lang = document.documentElement.lang === 'en' ? 'en' : 'id';
  var T = lang === 'en'
    ? { tpt: 'TPT (%)', lf: 'Labour force', unemployed: 'Unemployed', tpak: 'TPAK (%)', completeness: 'Completeness (%)', youth: 'Youth TPT (%)' }
    : { tpt: 'TPT (%)', lf: 'Angkatan kerja', unemployed: 'Pengangguran', tpak: 'TPAK (%)', completeness: 'Kelengkapan (%)', youth: 'TPT muda (%)' };

  function getJson(url) {
    return fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error(url + ' ' + r.status); } return r.json(); });
  }

  // --- map ---
  var el = document.getElementById('map');
  if (el && window.L && page.dataset.mapLevel) {
    var map = L.map(el, { zoomSnap: 0.25 });
    if (page.dataset.tiles) {
      L.tileLayer(page.dataset.tiles, { maxZoom: 19, attribution: page.dataset.attribution || '' }).addTo(map);
    }
    WargaTpt.legend(map, el.dataset.legend, el.dataset.legendNone);
    var layer = null;
    var outline = null;
    var drawn = false;

    function tooltip(p) {
      return '<strong>' + p.name + '</strong><br>' + T.tpt + ': ' + WargaTpt.format(p.tpt, 1)
        + (p.tptLow !== null && p.tptLow !== undefined ? ' (' + WargaTpt.format(p.tptLow, 1) + '–' + WargaTpt.format(p.tptHigh, 1) + ')' : '')
        + '<br>' + T.lf + ': ' + WargaTpt.format(p.labourForce, 0)
        + ' · ' + T.unemployed + ': ' + WargaTpt.format(p.unemployed, 0);
    }

    function draw(level) {
      getJson('/api/indicators/' + code + '/map' + query + '&level=' + level).then(function (geo) {
        if (layer) { map.removeLayer(layer); }
        var maxLf = 1;
        geo.features.forEach(function (f) { maxLf = Math.max(maxLf, f.properties.labourForce || 0); });
        layer = L.geoJSON(geo, {
          style: function (f) {
            return { color: '#3b4a50', weight: 1, fillColor: WargaTpt.colour(f.properties.tpt), fillOpacity: 0.75 };
          },
          pointToLayer: function (f, latlng) {
            var radius = 4 + 14 * Math.sqrt((f.properties.labourForce || 0) / maxLf);
            return L.circleMarker(latlng, { radius: radius, color: '#3b4a50', weight: 1, fillColor: WargaTpt.colour(f.properties.tpt), fillOpacity: 0.85 });
          },
          onEachFeature: function (f, l) {
            l.bindTooltip(tooltip(f.properties), { sticky: true, className: 'area-name' });
            l.on('click', function () { window.location.href = '/dasbor/' + f.properties.code + query; });
            l.on('add', function () {
              var node = l.getElement && l.getElement();
              if (node) {
                node.setAttribute('data-code', f.properties.code);
                node.setAttribute('data-tpt', f.properties.tpt === null ? '' : String(f.properties.tpt));
                node.classList.add('area-shape');
              }
            });
          }
        }).addTo(map);
        el.dataset.features = String(geo.features.length);
        el.dataset.level = level;
        if (!drawn && geo.features.length) {
          map.fitBounds(layer.getBounds(), { padding: [12, 12] });
          drawn = true;
        } else if (!geo.features.length) {
          map.setView([-6.0, 106.03], 12);
        }
      }).catch(function () { el.dataset.features = 'error'; });
    }

    // the kelurahan's own outline gives RW and RT circles their place
    if (code.split('.').length >= 4) {
      getJson('/api/regions/' + code + '/outline').then(function (shape) {
        outline = L.geoJSON(shape, { style: { color: '#0b6e4f', weight: 2, fill: false }, interactive: false }).addTo(map);
        outline.bringToBack();
        el.dataset.outline = shape.properties.code;
      }).catch(function () {});
    }
    draw(page.dataset.mapLevel);
    Array.prototype.forEach.call(document.querySelectorAll('.map-levels .toggle'), function (button) {
      button.addEventListener('click', function () {
        Array.prototype.forEach.call(document.querySelectorAll('.map-levels .toggle'), function (b) { b.classList.remove('active'); });
        button.classList.add('active');
        draw(button.dataset.level);
      });
    });
  }

  // --- charts ---
  if (!window.echarts) { return; }
  function chart(id) {
    var node = document.getElementById(id);
    if (!node) { return null; }
    var c = echarts.init(node, null, { renderer: 'svg' });
    window.addEventListener('resize', function () { c.resize(); });
    return c;
  }
  function bars(c, categories, rows, horizontal, rotate) {
    var data = rows.map(function (r) { return { value: r.tpt, lf: r.labourForce, unemployed: r.unemployed, itemStyle: { color: WargaTpt.colour(r.tpt) } }; });
    var categoryAxis = { type: 'category', data: categories, axisLabel: { interval: 0, fontSize: 11, rotate: rotate || 0 } };
    var valueAxis = { type: 'value', name: T.tpt, min: 0 };
    c.setOption({
      grid: { left: horizontal ? 150 : 48, right: horizontal ? 48 : 16, top: 32, bottom: rotate ? 48 : 32 },
      tooltip: {
        trigger: 'item',
        formatter: function (p) {
          return p.name + '<br>' + T.tpt + ': ' + WargaTpt.format(p.value, 1)
            + '<br>' + T.unemployed + ': ' + p.data.unemployed + ' / ' + T.lf + ': ' + p.data.lf;
        }
      },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? Object.assign({}, categoryAxis, { inverse: true }) : valueAxis,
      series: [{ type: 'bar', data: data, itemStyle: { borderColor: '#3b4a50', borderWidth: 0.5 }, label: { show: true, position: horizontal ? 'right' : 'top', formatter: function (p) { return p.value === null ? '' : WargaTpt.format(p.value, 1); } } }]
    });
  }
  getJson('/api/indicators/' + code + '/breakdowns' + query).then(function (b) {
    var sex = chart('chart-sex');
    if (sex) { bars(sex, b.bySex.map(function (r) { return r.label; }), b.bySex); }
    var ages = b.byAgeBand.filter(function (r) { return r.category !== '0'; });
    var age = chart('chart-age');
    if (age) { bars(age, ages.map(function (r) { return r.label; }), ages, false, 45); }
    var schooling = b.byEducation.filter(function (r) { return r.labourForce > 0; });
    var education = chart('chart-education');
    if (education) { bars(education, schooling.map(function (r) { return r.label; }), schooling, true); }
    page.dataset.charts = 'drawn';
  }).catch(function () { page.dataset.charts = 'error'; });
  getJson('/api/indicators/' + code + '/trend').then(function (points) {
    var c = chart('chart-trend');
    if (!c) { return; }
    var months = points.map(function (p) { return p.period; });
    function line(name, key) {
      return { name: name, type: 'line', symbolSize: 8, data: points.map(function (p) { return p[key]; }) };
    }
    c.setOption({
      grid: { left: 48, right: 16, top: 64, bottom: 32 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return WargaTpt.format(v, 1); } },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', min: 0, name: '%' },
      series: [line(T.tpt, 'tpt'), line(T.youth, 'youthTpt'), line(T.tpak, 'tpak'), line(T.completeness, 'completeness')]
    });
  }).catch(function () {});
})();
