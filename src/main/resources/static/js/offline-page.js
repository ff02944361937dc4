// "Coba lagi" on the offline page reloads the page the phone could not open; when the connection
// comes back, a page that could not open opens by itself (a change that was sent is left for the
// user to check, never sent again on its own).
(function () {
  var retry = document.getElementById('retry');
  if (retry) {
    retry.addEventListener('click', function (event) {
      event.preventDefault();
      location.reload();
    });
  }
  var notSent = document.getElementById('not-sent');
  window.addEventListener('online', function () {
    if (notSent && notSent.hidden) {
      location.reload();
    }
  });
})();
