// Slow and broken connections on a phone: registers the service worker that shows the offline
// page, and a bar at the top while the phone is offline or when an update could not be sent.
(function () {
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js').catch(function () { /* the pages work without it */ });
  }
  var bar = document.createElement('div');
  bar.id = 'connection-bar';
  bar.className = 'connection-bar';
  bar.setAttribute('role', 'status');
  bar.hidden = true;
  var lang = document.documentElement.lang === 'en' ? 'en' : 'id';
  var text = {
    offline: {
      id: 'Tidak ada sambungan internet. Perubahan baru dapat dikirim setelah sambungan pulih.',
      en: 'No internet connection. Changes can be sent once you are back online.'
    },
    held: {
      id: 'Belum terkirim: tidak ada sambungan internet. Isian Anda tetap di halaman ini; kirim lagi setelah sambungan pulih.',
      en: 'Not sent: no internet connection. What you entered stays on this page; send it again once you are online.'
    },
    failed: {
      id: 'Sambungan terputus: halaman belum dapat diperbarui. Periksa internet lalu coba lagi.',
      en: 'The connection dropped: the page could not be updated. Check the internet and try again.'
    }
  };
  function show(kind) {
    bar.textContent = text[kind][lang];
    bar.hidden = false;
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.body.insertBefore(bar, document.body.firstChild);
    if (navigator.onLine === false) {
      show('offline');
    }
  });
  window.addEventListener('offline', function () { show('offline'); });
  window.addEventListener('online', function () { bar.hidden = true; });
  document.addEventListener('htmx:sendError', function () { show('failed'); });
  // a form sent while the phone knows it is offline would only lose what was typed: keep it here
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (navigator.onLine === false && form && (form.method || '').toLowerCase() === 'post') {
      event.preventDefault();
      show('held');
    }
  }, true);
})();
