import 'server-only';
import { getTranslations } from 'next-intl/server';

export type PageLocale = 'zh-CN' | 'en';

/** The page's locale from the route's segment (proxy.ts has rewritten the path to one of routing.locales). */
export const toPageLocale = (segment: string): PageLocale => (segment === 'en' ? 'en' : 'zh-CN');
/** The other language, for the language switch and hreflang. */
export const otherLocale = (locale: PageLocale): PageLocale => (locale === 'en' ? 'zh-CN' : 'en');

/** The message catalogues the station page uses, the same ones the React panel reads. */
async function load(locale: PageLocale) {
  const [station, kinds, statuses, amenities, photos, reports, header, meta, offline, sample, errors, errorsDb, entry, confirm, reviews, favourites, services, care] = await Promise.all([
    getTranslations({ locale, namespace: 'station' }), getTranslations({ locale, namespace: 'kinds' }),
    getTranslations({ locale, namespace: 'statuses' }), getTranslations({ locale, namespace: 'amenities' }),
    getTranslations({ locale, namespace: 'photos' }), getTranslations({ locale, namespace: 'reports' }),
    getTranslations({ locale, namespace: 'header' }), getTranslations({ locale, namespace: 'meta' }),
    getTranslations({ locale, namespace: 'offline' }), getTranslations({ locale, namespace: 'sample' }),
    getTranslations({ locale, namespace: 'errors' }), getTranslations({ locale, namespace: 'errorsDb' }),
    getTranslations({ locale, namespace: 'entry' }), getTranslations({ locale, namespace: 'confirm' }),
    getTranslations({ locale, namespace: 'reviews' }), getTranslations({ locale, namespace: 'favourites' }),
    getTranslations({ locale, namespace: 'services' }), getTranslations({ locale, namespace: 'care' }),
  ]);
  return { locale, station, kinds, statuses, amenities, photos, reports, header, meta, offline, sample, errors, errorsDb, entry, confirm, reviews, favourites, services, care };
}

export type Words = Awaited<ReturnType<typeof load>>;

// Built once per language and process (two entries): the catalogues do not
// change while the server runs, and building twelve translators on every
// request was a measurable part of a page's cost.
const loaded = new Map<PageLocale, Promise<Words>>();

export function loadWords(locale: PageLocale): Promise<Words> {
  let words = loaded.get(locale);
  if (!words) {
    words = load(locale);
    words.catch(() => loaded.delete(locale));
    loaded.set(locale, words);
  }
  return words;
}

/** The URL path of a station page in a locale (zh-CN has no prefix). */
export const stationPath = (locale: PageLocale, id: string) => `${locale === 'en' ? '/en' : ''}/stations/${id}`;
/** A path of the site in a locale: `sitePath('en', '/coverage')`, `sitePath('zh-CN', '?s=…')`, `sitePath(l)` for the map. */
export function sitePath(locale: PageLocale, rest = ''): string {
  if (locale === 'en') return `/en${rest}`;
  return rest.startsWith('/') ? rest : `/${rest}`;
}
