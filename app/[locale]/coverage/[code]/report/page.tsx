import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { CountySvgMap } from '@/components/coverage/county-svg-map';
import { FigureList } from '@/components/coverage/figure-list';
import { ModelNote } from '@/components/coverage/model-note';
import { PrintButton } from '@/components/coverage/print-button';
import { SuggestionList } from '@/components/coverage/suggestion-list';
import { Link } from '@/i18n/navigation';
import { countyOutline } from '@/lib/divisions/locate';
import { toGeometry } from '@/lib/divisions/outlines';
import { countyCoverage, coverageModel } from '@/lib/coverage/queries';
import { countyCodeSchema } from '@/lib/coverage/schema';
import { MODES } from '@/lib/coverage/types';
import '@/components/coverage/coverage.css';

type Props = { params: Promise<{ locale: string; code: string }> };

async function load(code: string) {
  await connection();
  const parsed = countyCodeSchema.safeParse(code);
  if (!parsed.success) return null;
  const [walk, ebike] = await Promise.all(MODES.map((m) => countyCoverage(parsed.data, m, false)));
  return walk && ebike ? { walk, ebike } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = await params;
  const t = await getTranslations({ locale, namespace: 'coverage' });
  const data = await load(code);
  return data ? { title: t('report.title', { name: locale === 'en' ? data.walk.figures.nameEn : data.walk.figures.name }) } : {};
}

// A county's coverage on paper, for the county union to hand on: figures, a
// map and where to build next, for walking and for e-bikes, with the model.
export default async function CoverageReportPage({ params }: Props) {
  const { locale, code } = await params;
  const data = await load(code);
  if (!data) notFound();
  const t = await getTranslations('coverage');
  const f = data.walk.figures;
  const [name, city] = locale === 'en' ? [f.nameEn, f.cityNameEn] : [f.name, f.cityName];
  const flat = countyOutline(f.code);
  const outline = flat ? toGeometry(flat) : null;
  const model = coverageModel();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Asia/Shanghai' }).format(new Date());
  return (
    <main className="coverage-report">
      <p className="no-print report-actions">
        <Link href={`/coverage?county=${f.code}`}>← {t('report.back')}</Link>
        <PrintButton label={t('report.print')} />
      </p>
      <h1>{t('report.title', { name })}</h1>
      <p className="muted">{t('report.subtitle', { city, code: f.code, date })}</p>
      {MODES.map((m) => {
        const d = data[m];
        return (
          <section key={m} className="report-mode" aria-labelledby={`report-${m}`}>
            <h2 id={`report-${m}`}>{t('report.modeTitle', { mode: t(`mode.${m}`), km: (d.radiusM / 1000).toFixed(1) })}</h2>
            {d.grid ? (
              <div className="report-grid">
                <CountySvgMap grid={d.grid} outline={outline} suggestions={d.suggestions} radiusM={d.radiusM} cellM={model.cellM}
                  title={t('map.gridAlt', { name })} />
                <div>
                  <FigureList f={d.figures} />
                  <h3>{t('suggestions.title', { count: d.suggestions.length })}</h3>
                  <SuggestionList suggestions={d.suggestions} planLinks={false} />
                </div>
              </div>
            ) : (
              <p>{t('county.noBoundary', { stations: f.stationsInUse })}</p>
            )}
          </section>
        );
      })}
      <ModelNote model={model} />
    </main>
  );
}
