// Draws each table marked data-bars as a bar chart above it (ECharts); withheld counts get no bar.
(function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  document.querySelectorAll('[data-bars]').forEach(function (box) {
    var table = box.querySelector('table');
    if (!table) {
      return;
    }
    var names = [];
    var values = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var cells = row.querySelectorAll('td');
      if (cells.length < 2) {
        return;
      }
      names.push(cells[0].textContent.trim());
      var count = parseInt(cells[cells.length - 1].textContent.replace(/\D/g, ''), 10);
      values.push(isNaN(count) ? null : count);
    });
    if (names.length === 0) {
      return;
    }
    var node = document.createElement('div');
    node.className = 'bar-chart';
    node.style.height = Math.max(140, names.length * 26 + 30) + 'px';
    box.insertBefore(node, box.firstChild);
    var chart = echarts.init(node, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: names, inverse: true },
      tooltip: { trigger: 'axis' },
      series: [{ type: 'bar', data: values, itemStyle: { color: '#0b6e4f' }, label: { show: true, position: 'right' } }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
    box.setAttribute('data-charted', String(values.filter(function (v) { return v !== null; }).length));
  });
})();
