import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { MarkButtons } from '@/components/admin/stations/mark-buttons';
import { StationForm } from '@/components/admin/stations/station-form';
import { Link } from '@/i18n/navigation';
import { requireAdmin } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { tileConfig } from '@/lib/map-tiles';
import { formValuesOf } from '@/lib/stations/admin/form-values';
import { stationForAdmin } from '@/lib/stations/admin/queries';
import { formPlaces } from '@/lib/stations/admin/scope';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ done?: string }> };

const DONE = ['saved', 'verify', 'archive', 'restore'] as const;

export default async function EditStationPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  const admin = await requireAdmin(locale);
  // Out of scope reads as missing: nothing about another county's station is shown.
  const station = await stationForAdmin(admin, id);
  if (!station) notFound();
  const t = await getTranslations('stationsAdmin');
  const format = await getFormatter();
  const { done: doneParam } = await searchParams;
  const done = DONE.find((d) => d === doneParam);
  const { options, names, start } = formPlaces(admin, locale, station.countyCode);
  return (
    <>
      <h1>{t('form.editTitle', { name: station.name })}</h1>
      {done && <p className="sa-done" role="status">{done === 'saved' ? t('form.saved') : t(`actions.done.${done}`)}</p>}
      {station.archivedAt && <p className="sa-notice" role="note">{t('actions.archivedNotice')}</p>}
      <section className="sa-side" aria-label={t('actions.title')}>
        <span>
          {station.lastVerifiedAt
            ? t('actions.lastVerified', { date: format.dateTime(station.lastVerifiedAt, { dateStyle: 'medium', timeStyle: 'short' }) })
            : t('actions.neverVerified')}
        </span>
        <MarkButtons id={station.id} locale={locale} archived={station.archivedAt !== null} />
        <Link href={`/admin/stations/${station.id}/history`}>{t('actions.history')}</Link>
        <Link href={`/admin/photos/${station.id}`}>{t('actions.photos')}</Link>
        {!station.archivedAt && <Link href={`/stations/${station.id}`}>{t('actions.viewPublic')}</Link>}
      </section>
      <StationForm key={`${station.id}-${station.version}`} locale={locale} station={{ id: station.id, version: station.version }}
        initial={formValuesOf(station)} counties={options} countyNames={names}
        tiles={tileConfig(env.MAP_TILES, env.TIANDITU_KEY)} start={start} />
    </>
  );
}
