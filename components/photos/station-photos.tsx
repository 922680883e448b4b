import Image from 'next/image';
import { useTranslations } from 'next-intl';
import './photos.css';

export type PhotoRef = { id: string; width: number; height: number };

// The station's photos for the public, on the station page (server) and in the
// map's panel (client). Served as stored, already verified: no optimiser.
export function StationPhotos({ name, photos, headingLevel = 3 }: { name: string; photos: PhotoRef[]; headingLevel?: 2 | 3 }) {
  const t = useTranslations('photos');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (photos.length === 0) return null;
  return (
    <section className="station-photos" aria-label={t('heading')}>
      <Heading>{t('heading')}</Heading>
      <ul>
        {photos.map((p, i) => (
          <li key={p.id}>
            <a href={`/api/photos/${p.id}`}>
              <Image src={`/api/photos/${p.id}`} alt={t('alt', { name, index: i + 1 })} width={p.width} height={p.height} unoptimized loading="lazy" />
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
