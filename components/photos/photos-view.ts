import { h, type Markup } from '@/components/stations/markup';

export type PhotoRef = { id: string; width: number; height: number };
type PhotoWords = { photos: (key: 'heading' | 'alt', values?: { name: string; index: number }) => string };

/**
 * The station's photos for the public, built once for the map's panel (React) and the station page (plain HTML):
 * served as stored, already verified (no optimiser), sized, lazy, each a link to the full photo. Nothing without photos.
 */
export function photosView(name: string, photos: PhotoRef[], w: PhotoWords, level: 2 | 3): Markup {
  if (photos.length === 0) return null;
  const item = (p: PhotoRef, i: number) => h('li', {}, h('a', { href: `/api/photos/${p.id}` },
    h('img', { src: `/api/photos/${p.id}`, alt: w.photos('alt', { name, index: i + 1 }), width: p.width, height: p.height, loading: 'lazy', decoding: 'async' })));
  return h('section', { class: 'station-photos', 'aria-label': w.photos('heading') }, h(`h${level}`, {}, w.photos('heading')), h('ul', {}, photos.map(item)));
}
