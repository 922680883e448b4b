/** @jsxImportSource hono/jsx */
import 'server-only';
import type { PhotoRef } from '@/lib/photos/queries';
import type { Words } from './words';

// The station's photos as plain <img>s (as components/photos/station-photos.tsx
// shows them in the panel): sized, lazy, each a link to the full photo.
export function StationPhotos({ name, photos, w }: { name: string; photos: PhotoRef[]; w: Words }) {
  if (photos.length === 0) return null;
  return (
    <section class="station-photos" aria-label={w.photos('heading')}>
      <h2>{w.photos('heading')}</h2>
      <ul>
        {photos.map((p, i) => (
          <li key={p.id}>
            <a href={`/api/photos/${p.id}`}>
              <img src={`/api/photos/${p.id}`} alt={w.photos('alt', { name, index: i + 1 })} width={p.width} height={p.height} loading="lazy" decoding="async" />
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
