// Every htmx request from a signed-in page carries the page's CSRF token (meta tags in <head>).
(function () {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (!token || !header) {
    return;
  }
  document.addEventListener('htmx:configRequest', function (event) {
    event.detail.headers[header.content] = token.content;
  });
})();
