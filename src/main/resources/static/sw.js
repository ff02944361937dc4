// Warga's service worker: when the phone has no connection, a page that cannot load shows a
// plain explanation in Bahasa Indonesia instead of the browser's error. Nothing else is stored:
// pages hold personal data and are never kept on the phone.
const CACHE = 'warga-offline-v3';
const OFFLINE = '/offline.html';
const SHELL = [OFFLINE, '/css/warga.css', '/favicon.svg', '/js/offline-page.js'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  // navigation preload: the page is requested while the worker starts, which on a cheap phone
  // would otherwise come first
  const preload = self.registration.navigationPreload ? self.registration.navigationPreload.enable() : null;
  event.waitUntil(Promise.all([
    preload,
    caches.keys().then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
  ]).then(() => self.clients.claim()));
});

function small(request) {
  // a form's fields, not a file upload: those go to the network untouched
  const type = request.headers.get('Content-Type') || '';
  return request.method === 'GET' || type.startsWith('application/x-www-form-urlencoded');
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method === 'GET' && request.mode !== 'navigate' && url.origin === self.location.origin
      && SHELL.includes(url.pathname)) {
    // the offline page's own style, icon and script, from the cache when the network is gone
    event.respondWith(fetch(request).catch(() => caches.open(CACHE)
      .then((cache) => cache.match(url.pathname))
      .then((kept) => kept || Response.error())));
    return;
  }
  if (request.mode !== 'navigate' || !small(request)) {
    return;
  }
  event.respondWith((async () => {
    try {
      // a GET navigation was already requested by the browser (preload); a form is sent here
      const preloaded = await event.preloadResponse;
      return preloaded || await fetch(request);
    } catch (e) {
      const page = await (await caches.open(CACHE)).match(OFFLINE);
      if (!page) {
        return Response.error();
      }
      return request.method === 'GET' ? page : notSent(page);
    }
  })());
});

// after a form was sent, the offline page says the change was not saved
function notSent(page) {
  return page.text().then((html) => new Response(html.replace('id="not-sent" hidden', 'id="not-sent"'), {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8' }
  }));
}
