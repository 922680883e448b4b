import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { CityTable } from '@/components/coverage/city-table';
import { CountyPanel } from '@/components/coverage/county-panel';
import { CoverageControls } from '@/components/coverage/coverage-controls';
import { CoverageLegend } from '@/components/coverage/coverage-legend';
import { CoverageTable } from '@/components/coverage/coverage-table';
import { ModelNote } from '@/components/coverage/model-note';
import { ProvincePanel } from '@/components/coverage/province-panel';
import { CoverageMap } from '@/components/map/coverage-map-loader';
import { roundedGeometry } from '@/lib/coverage/json';
import { countyCoverage, coverageModel, provinceCoverage } from '@/lib/coverage/queries';
import { pageQuery, parsePageState } from '@/lib/coverage/schema';
import { countyGeometry } from '@/lib/divisions-data';
import { env } from '@/lib/env';
import { tileConfig } from '@/lib/map-tiles';
import '@/components/coverage/coverage.css';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'coverage' });
  const meta = await getTranslations({ locale, namespace: 'meta' });
  return { title: `${t('title')} · ${meta('title')}`, description: t('lead') };
}

// The 15-minute service circle: at province zoom every county by share of its
// area within reach of a station; at county zoom (?county=) its covered cells,
// its gaps and where to build next. The tables carry every figure of the map.
export default async function CoveragePage({ searchParams }: Props) {
  await connection();
  const state = parsePageState(await searchParams);
  const [province, detail] = await Promise.all([
    provinceCoverage(state.mode, state.openNow),
    state.county ? countyCoverage(state.county, state.mode, state.openNow) : null,
  ]);
  if (state.county && !detail) notFound();
  const t = await getTranslations('coverage');
  const shares = province.counties.map((c) => ({ code: c.code, name: c.name, share: c.coveredShare }));
  const county = detail && {
    code: detail.figures.code, name: detail.figures.name, grid: detail.grid, suggestions: detail.suggestions, radiusM: detail.radiusM,
    outline: roundedGeometry(countyGeometry(detail.figures.code)),
  };
  return (
    <main className="coverage-page">
      <div className="coverage-head">
        <h1>{detail ? t('titleCounty', { name: detail.figures.name }) : t('title')}</h1>
        <p className="lead">{t('lead')}</p>
        <CoverageControls state={state} />
      </div>
      <div className="coverage-layout">
        <div className="coverage-map-pane">
          <div className="coverage-map-box">
            <CoverageMap tiles={tileConfig(env.MAP_TILES, env.TIANDITU_KEY)} mode={state.mode} shares={shares} county={county}
              query={pageQuery({ ...state, county: null }).slice(1)} />
          </div>
          <CoverageLegend county={Boolean(detail?.grid)} />
        </div>
        <div className="coverage-side">
          {detail ? <CountyPanel detail={detail} state={state} /> : <ProvincePanel data={province} />}
          <CoverageTable counties={province.counties} state={state} />
        </div>
      </div>
      <CityTable cities={province.cities} province={province.province} />
      <ModelNote model={coverageModel()} />
    </main>
  );
}
