import Image from 'next/image';
import { getTranslations } from 'next-intl/server';
import { currentAdmin } from '@/lib/auth/session';
import { MAX_PHOTOS_PER_STATION } from '@/lib/photos/limits';
import { stationPhotosForAdmin } from '@/lib/photos/queries';
import { PhotoDeleteButton } from './photo-delete-button';
import { PhotoUploadForm } from './photo-upload-form';
import '@/components/photos/photos.css';

// Photo manager for one station, for any admin page to include. Renders
// nothing for a station outside the admin's scope; the actions check again.
export async function StationPhotosAdmin({ stationId }: { stationId: string }) {
  const admin = await currentAdmin();
  const station = admin && (await stationPhotosForAdmin(admin, stationId));
  if (!station) return null;
  const t = await getTranslations('photos');
  const full = station.photos.length >= MAX_PHOTOS_PER_STATION;
  return (
    <section className="photos-admin" aria-labelledby={`photos-${station.id}`}>
      <h2 id={`photos-${station.id}`}>{t('adminHeading', { count: station.photos.length, max: MAX_PHOTOS_PER_STATION })}</h2>
      {station.photos.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <ul>
          {station.photos.map((p, i) => (
            <li key={p.id}>
              <Image src={`/api/photos/${p.id}`} alt={t('alt', { name: station.name, index: i + 1 })} width={p.width} height={p.height} unoptimized />
              <PhotoDeleteButton photoId={p.id} label={t('delete', { index: i + 1 })} />
            </li>
          ))}
        </ul>
      )}
      {full ? <p>{t('full', { max: MAX_PHOTOS_PER_STATION })}</p> : <PhotoUploadForm stationId={station.id} />}
    </section>
  );
}
