import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { HistoryTable } from '@/components/admin/stations/history-table';
import { Link } from '@/i18n/navigation';
import { requireAdmin } from '@/lib/auth/session';
import { stationForAdmin, stationHistory } from '@/lib/stations/admin/queries';
import '@/components/admin/stations/stations-admin.css';

type Props = { params: Promise<{ locale: string; id: string }> };

export default async function StationHistoryPage({ params }: Props) {
  const { locale, id } = await params;
  const admin = await requireAdmin(locale);
  const station = await stationForAdmin(admin, id);
  if (!station) notFound();
  const t = await getTranslations('stationsAdmin.history');
  return (
    <>
      <h1>{t('title', { name: station.name })}</h1>
      <p><Link href={`/admin/stations/${station.id}`}>← {t('back')}</Link></p>
      <HistoryTable entries={await stationHistory(station.id)} />
    </>
  );
}
