import { PAGE_FROM_CACHE_MESSAGE, SW_URL } from '@/lib/pwa/cache-rules';

// The station page's only JavaScript, inline (nonce'd): what
// components/pwa/service-worker.tsx and offline-notice.tsx do on the React
// pages. (a) Register the service worker after load; the first time it takes
// control, ask it to keep this page (Serwist's CACHE_URLS). (b) Ask the worker
// whether it answered this page from its cache and, if so, put the localized
// "offline, data from <time>" status in the live region.
// Written in plain ES2017 that survives `.toString()` after bundling; it sees
// only its argument, never the module's scope.

export type BootData = { sw: string; ask: string; notice: string; locale: string; region: string };

/* eslint-disable -- serialised into the page; keep it small and self-contained */
function boot(d: BootData): void {
  // An `in` test: the minifier dropped a plain `if (!n) return` (the DOM types say it is always there; in an
  // old in-app browser, or over plain http, it is not).
  if (!('serviceWorker' in navigator) || !navigator.serviceWorker) return;
  var n = navigator.serviceWorker;
  var c = n.controller;
  if (c) {
    var ch = new MessageChannel();
    ch.port1.onmessage = function (e) {
      var at = typeof e.data == 'string' ? Date.parse(e.data) : NaN;
      var r = document.getElementById(d.region);
      if (at === at && r) {
        var p = document.createElement('p');
        p.setAttribute('role', 'status');
        p.textContent = d.notice.replace('{time}', new Intl.DateTimeFormat(d.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at));
        r.appendChild(p);
      }
      ch.port1.close();
    };
    c.postMessage({ type: d.ask }, [ch.port2]);
  } else {
    n.addEventListener('controllerchange', function () {
      var k = n.controller;
      if (k) k.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: [[location.href, { headers: { Accept: 'text/html' } }]] } });
    }, { once: true });
  }
  var go = function () {
    n.register(d.sw, { scope: '/' }).catch(function () {});
  };
  if (document.readyState == 'complete') go();
  else addEventListener('load', go, { once: true });
}
/* eslint-enable */

/** `boot` called with its data, as the text of an inline <script>; `<` escaped so no text can close the element. */
export function bootScript(data: Omit<BootData, 'sw' | 'ask'>): string {
  const arg = JSON.stringify({ sw: SW_URL, ask: PAGE_FROM_CACHE_MESSAGE, ...data } satisfies BootData).replace(/</g, '\\u003c');
  return `(${boot.toString()})(${arg})`;
}

export { boot as bootForTest };
