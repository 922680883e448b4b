import { getTranslations } from 'next-intl/server';
import { StationForm } from '@/components/admin/stations/station-form';
import { requireAdmin } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { tileConfig } from '@/lib/map-tiles';
import { EMPTY_VALUES } from '@/lib/stations/admin/form-values';
import { prefillFrom } from '@/lib/stations/admin/prefill';
import { formPlaces } from '@/lib/stations/admin/scope';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewStationPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const admin = await requireAdmin(locale);
  const t = await getTranslations('stationsAdmin.form');
  const own = formPlaces(admin, locale).options;
  const base = { ...EMPTY_VALUES, countyCode: own.length === 1 ? (own[0]?.code ?? '') : '' };
  const initial = prefillFrom(await searchParams, base);
  // A prefilled point's county joins a national admin's (otherwise empty) list.
  const { options, names, start } = formPlaces(admin, locale, initial.countyCode);
  return (
    <>
      <h1>{t('newTitle')}</h1>
      <StationForm locale={locale} station={null} initial={initial} counties={options} countyNames={names}
        tiles={tileConfig(env.MAP_TILES, env.TIANDITU_KEY)} start={start} />
    </>
  );
}
