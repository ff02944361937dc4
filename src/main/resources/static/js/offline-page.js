// "Coba lagi" on the offline page reloads the page the phone could not open.
(function () {
  var retry = document.getElementById('retry');
  if (retry) {
    retry.addEventListener('click', function (event) {
      event.preventDefault();
      location.reload();
    });
  }
})();
