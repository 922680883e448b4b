import { SAVED_KEYS, SAVED_MAX } from '@/components/favourites/device';

// The station page's "☆ 收藏" button (favourite-toggle.tsx), brought to life by a
// second small inline script (nonce'd, like inline-script.ts): it shows the
// button, which is hidden without JavaScript, with the state the phone holds;
// a tap adds or removes the station from the favourites; and the page counts
// as "recently viewed". The same localStorage keys and entry shape as the map's
// panel (components/favourites/device.ts), whose reader checks every field, so
// this writer stays small: it keeps what was there (minus this station), puts
// the page's own copy first and cuts to the cap.
// Plain ES2017, self-contained: it is serialised with `.toString()`.

export type FavouriteData = { fav: string; recent: string; maxFav: number; maxRecent: number };

/* eslint-disable -- serialised into the page; keep it small and self-contained */
function favourite(d: FavouriteData): void {
  try {
    var row = document.getElementById('fav-row');
    var b = row && row.querySelector('button');
    if (!row || !b) return;
    var s = JSON.parse(b.getAttribute('data-station') || 'null');
    if (!s || typeof s.id != 'string') return;
    var read = function (key: string): any[] {
      try {
        var a = JSON.parse(localStorage.getItem(key) || '[]');
        return Array.isArray(a) ? a : [];
      } catch (e) {
        return [];
      }
    };
    var has = function () {
      return read(d.fav).some(function (x) { return !!x && x.id === s.id; });
    };
    var put = function (key: string, max: number, on: boolean) {
      var a = read(key).filter(function (x) { return !!x && x.id !== s.id; });
      if (on) {
        s.savedAt = Date.now();
        a.unshift(s);
      }
      try {
        localStorage.setItem(key, JSON.stringify(a.slice(0, max)));
      } catch (e) {}
    };
    var show = function (btn: Element) {
      var on = has();
      btn.setAttribute('aria-pressed', String(on));
      var star = btn.querySelector('.fav-star'), word = btn.querySelector('.fav-word');
      if (star) star.textContent = on ? '★' : '☆';
      if (word) word.textContent = btn.getAttribute(on ? 'data-on' : 'data-off');
    };
    put(d.recent, d.maxRecent, true);
    show(b);
    b.addEventListener('click', function (this: Element) {
      put(d.fav, d.maxFav, !has());
      show(this);
    });
    row.hidden = false;
  } catch (e) {
    // Storage refused or the page changed shape: the button stays hidden, the page as without JavaScript.
  }
}
/* eslint-enable */

/** `favourite` called with the storage keys, as the text of an inline <script> (no page data: the button carries it). */
export function favouriteScript(): string {
  const arg = JSON.stringify({
    fav: SAVED_KEYS.favourites, recent: SAVED_KEYS.recent, maxFav: SAVED_MAX.favourites, maxRecent: SAVED_MAX.recent,
  } satisfies FavouriteData).replace(/</g, '\\u003c');
  return `(${favourite.toString()})(${arg})`;
}
