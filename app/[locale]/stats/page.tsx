import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatNumber, formatShare } from '@/components/coverage/format';
import { ChartSection } from '@/components/stats/chart-section';
import { DATASETS, buildDataset } from '@/components/stats/datasets';
import { translators } from '@/components/stats/translators';
import { Link } from '@/i18n/navigation';
import { stationStats } from '@/lib/coverage/stats-queries';
import '@/components/stats/stats.css';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'stats' });
  const meta = await getTranslations({ locale, namespace: 'meta' });
  return { title: `${t('title')} · ${meta('title')}`, description: t('lead') };
}

// Statistics of the stations, each chart with its table and CSV, straight
// from the database (see lib/coverage/stats-queries.ts).
export default async function StatsPage() {
  await connection();
  const locale = await getLocale();
  const [stats, t, tr] = await Promise.all([stationStats(), getTranslations('stats'), translators(locale)]);
  const h24 = stats.hours24.reduce((n, c) => n + c.h24, 0);
  const headline: [string, string][] = [
    [t('headline.total'), formatNumber(locale, stats.total)],
    [t('headline.inUse'), formatNumber(locale, stats.inUse)],
    [t('headline.h24'), formatShare(locale, stats.inUse ? h24 / stats.inUse : null)],
  ];
  return (
    <main className="stats-page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <dl className="stats-headline">
        {headline.map(([term, value]) => (
          <div key={term}><dt>{term}</dt><dd>{value}</dd></div>
        ))}
      </dl>
      {stats.otherCounties > 0 && <p className="muted">{t('otherCounties', { count: stats.otherCounties })}</p>}
      <nav aria-label={t('contents')} className="stats-contents">
        <ul>{DATASETS.map((k) => <li key={k}><a href={`#${k}`}>{t(`dataset.${k}.title`)}</a></li>)}</ul>
        <p><Link href="/coverage">{t('coverageLink')}</Link></p>
      </nav>
      {DATASETS.map((k) => <ChartSection key={k} data={buildDataset(stats, k, tr)} />)}
      <p className="muted">{t('chartChoice')}</p>
    </main>
  );
}
