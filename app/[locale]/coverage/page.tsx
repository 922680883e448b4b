import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getLocale, getTranslations } from 'next-intl/server';
import { CountyPanel } from '@/components/coverage/county-panel';
import { CoverageControls } from '@/components/coverage/coverage-controls';
import { CoverageLegend } from '@/components/coverage/coverage-legend';
import { CoverageTable } from '@/components/coverage/coverage-table';
import { ModelNote } from '@/components/coverage/model-note';
import { PartsTable } from '@/components/coverage/parts-table';
import { ProvincePanel } from '@/components/coverage/province-panel';
import { RegionTrail } from '@/components/coverage/region-trail';
import { CoverageMap } from '@/components/map/coverage-map-loader';
import { roundedGeometry } from '@/lib/coverage/json';
import { areaCoverage, countyCoverage, coverageModel } from '@/lib/coverage/queries';
import { env } from '@/lib/env';
import { pageQuery, parsePageState } from '@/lib/coverage/schema';
import { coverageView } from '@/lib/coverage/view';
import { division } from '@/lib/divisions/catalog';
import { countyOutline } from '@/lib/divisions/locate';
import { toGeometry } from '@/lib/divisions/outlines';
import { tileConfig } from '@/lib/map-tiles';
import '@/components/coverage/coverage.css';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'coverage' });
  const meta = await getTranslations({ locale, namespace: 'meta' });
  const view = coverageView(parsePageState(await searchParams), env.DEFAULT_REGION);
  const d = view && division(view.county ?? view.region);
  const region = d ? (locale === 'en' ? d.nameEn : d.name) : '';
  return { title: `${t('title', { region })} · ${meta('title')}`, description: t('lead') };
}

// The 15-minute service circle of a region (?region=: all China, a province
// or a city; DEFAULT_REGION otherwise): every county by share of its area
// within reach of a station; at county zoom (?county=) its covered cells, its
// gaps and where to build next. The tables carry every figure of the map.
export default async function CoveragePage({ searchParams }: Props) {
  await connection();
  const parsed = parsePageState(await searchParams);
  const view = coverageView(parsed, env.DEFAULT_REGION);
  if (!view) notFound();
  const state = { ...parsed, region: view.region === env.DEFAULT_REGION ? null : view.region, county: view.county };
  const [area, detail] = await Promise.all([
    areaCoverage(view.region, state.mode, state.openNow),
    view.county ? countyCoverage(view.county, state.mode, state.openNow) : null,
  ]);
  if (!area || (view.county && !detail)) notFound();
  const [t, locale] = [await getTranslations('coverage'), await getLocale()];
  const name = (d: { name: string; nameEn: string }) => (locale === 'en' ? d.nameEn : d.name);
  const shares = (area.level === 'china' ? area.parts : area.counties).map((c) => ({ code: c.code, name: name(c), share: c.coveredShare }));
  const outline = detail && countyOutline(detail.figures.code);
  const county = detail && {
    code: detail.figures.code, name: name(detail.figures), grid: detail.grid, suggestions: detail.suggestions, radiusM: detail.radiusM,
    outline: roundedGeometry(outline ? toGeometry(outline) : null),
  };
  const href = (code: string) => `/coverage${pageQuery({ ...state, region: code, county: null })}`;
  return (
    <main className="coverage-page">
      <div className="coverage-head">
        <RegionTrail base="/coverage" code={view.county ?? view.region} label={t('trail')} />
        <h1>{detail ? t('titleCounty', { name: name(detail.figures) }) : t('title', { region: name(area.region) })}</h1>
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
          {detail ? <CountyPanel detail={detail} state={state} level={area.level} /> : <ProvincePanel data={area} />}
          {area.level !== 'china' && <CoverageTable counties={area.counties} state={state} />}
        </div>
      </div>
      <PartsTable parts={area.parts} whole={area.region} level={area.level} href={href} />
      <ModelNote model={coverageModel()} />
    </main>
  );
}
