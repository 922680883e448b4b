import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { StationPhotosAdmin } from '@/components/admin/photos/station-photos-admin';
import { Link } from '@/i18n/navigation';
import { requireAdmin } from '@/lib/auth/session';
import { stationPhotosForAdmin } from '@/lib/photos/queries';
import { stationIdSchema } from '@/lib/stations/schema';

type Props = { params: Promise<{ locale: string; stationId: string }> };

// The photos of one station on their own page (the station edit page may
// include the same StationPhotosAdmin). Outside the admin's scope: not found.
export default async function StationPhotosPage({ params }: Props) {
  const { locale, stationId } = await params;
  const admin = await requireAdmin(locale);
  const id = stationIdSchema.safeParse(stationId);
  const station = id.success ? await stationPhotosForAdmin(admin, id.data) : null;
  if (!station) notFound();
  const t = await getTranslations('photos');
  return (
    <>
      <h1>{t('adminTitle', { name: station.name })}</h1>
      <p>
        <Link href={`/admin/stations/${station.id}`}>{t('editStation')}</Link> · <Link href={`/stations/${station.id}`}>{t('publicPage')}</Link>
      </p>
      <StationPhotosAdmin stationId={station.id} />
    </>
  );
}
