import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatNumber, formatShare } from '@/components/coverage/format';
import { RegionTrail } from '@/components/coverage/region-trail';
import { ChartSection } from '@/components/stats/chart-section';
import { DATASETS, buildDataset } from '@/components/stats/datasets';
import { translators } from '@/components/stats/translators';
import { Link } from '@/i18n/navigation';
import { regionTrust } from '@/lib/complaints/stats-queries';
import { regionOfParams } from '@/lib/coverage/schema';
import { env } from '@/lib/env';
import { stationStats } from '@/lib/coverage/stats-queries';
import '@/components/stats/stats.css';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'stats' });
  const meta = await getTranslations({ locale, namespace: 'meta' });
  return { title: `${t('title')} · ${meta('title')}`, description: t('lead') };
}

// Statistics of the stations of one region (?region=: all China 100000, a
// province, a city or a county; DEFAULT_REGION otherwise), each chart with its
// table and CSV, straight from the database (see lib/coverage/stats-queries.ts;
// complaints answered and workers' grades per county: lib/complaints/stats-queries.ts).
export default async function StatsPage({ searchParams }: Props) {
  await connection();
  const region = regionOfParams(await searchParams) ?? env.DEFAULT_REGION;
  const locale = await getLocale();
  const [found, trust, t, tr] = await Promise.all([stationStats(region), regionTrust(region), getTranslations('stats'), translators(locale)]);
  if (!found) notFound();
  const stats = { ...found, trust };
  const h24 = stats.hours24.reduce((n, c) => n + c.h24, 0);
  const headline: [string, string][] = [
    [t('headline.total'), formatNumber(locale, stats.total)],
    [t('headline.inUse'), formatNumber(locale, stats.inUse)],
    [t('headline.h24'), formatShare(locale, stats.inUse ? h24 / stats.inUse : null)],
  ];
  const query = region === env.DEFAULT_REGION ? '' : `&region=${region}`;
  return (
    <main className="stats-page">
      <RegionTrail base="/stats" code={region} label={t('trail')} />
      <h1>{t('titleRegion', { region: tr.place(stats.region) })}</h1>
      <p className="lead">{t('lead')}</p>
      <dl className="stats-headline">
        {headline.map(([term, value]) => (
          <div key={term}><dt>{term}</dt><dd>{value}</dd></div>
        ))}
      </dl>
      {stats.otherCounties > 0 && <p className="muted">{t('otherCounties', { count: stats.otherCounties })}</p>}
      {stats.region.level !== 'county' && (
        <nav aria-label={t('drill')} className="stats-contents">
          <ul>{stats.parts.map((p) => <li key={p.code}><Link href={`/stats?region=${p.code}`}>{tr.place(p)}</Link></li>)}</ul>
        </nav>
      )}
      <nav aria-label={t('contents')} className="stats-contents">
        <ul>{DATASETS.map((k) => <li key={k}><a href={`#${k}`}>{buildDataset(stats, k, tr).title ?? t(`dataset.${k}.title`)}</a></li>)}</ul>
        <p><Link href={`/coverage${query ? `?${query.slice(1)}` : ''}`}>{t('coverageLink')}</Link></p>
      </nav>
      {DATASETS.map((k) => <ChartSection key={k} data={buildDataset(stats, k, tr)} query={query} noteValues={{ days: env.COMPLAINT_DAYS }} />)}
      <p className="muted">{t('chartChoice')}</p>
    </main>
  );
}
