// Draws the dashboard's monthly trends from the JSON data island; the tables beside the charts
// hold the same numbers for screen readers and for anyone without JavaScript.
(function () {
  var island = document.getElementById('dashboard-trends');
  if (!island || typeof window.Chart === 'undefined') {
    return;
  }

  JSON.parse(island.textContent).forEach(function (series) {
    var canvas = document.getElementById('chart-' + series.key);
    if (!canvas) {
      return;
    }

    new window.Chart(canvas, {
      type: 'line',
      data: {
        labels: series.months,
        datasets: [{ label: series.title + (series.unit === 'percent' ? ' (%)' : ''), data: series.values, borderColor: '#1d70b8', backgroundColor: '#1d70b8', spanGaps: true }]
      },
      // Percentages on a fixed 0 to 100 scale so months compare honestly; days and counts from 0.
      options: { animation: false, scales: { y: series.unit === 'percent' ? { min: 0, max: 100 } : { min: 0 } }, plugins: { legend: { display: false } } }
    });
  });
})();
