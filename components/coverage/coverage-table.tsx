import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { type CoveragePageState, type SortKey, SORT_KEYS, pageQuery } from '@/lib/coverage/schema';
import type { CountyFigures } from '@/lib/coverage/types';
import { formatKm2, formatNumber, formatShare } from './format';
import { FIRST_DIR, sortCounties } from './sort';
import { SortForm } from './sort-form';

type Props = { counties: readonly CountyFigures[]; state: CoveragePageState };

// The accessible path to every figure on the map: every county of the region, sortable
// by any column, worst covered first. Each county name selects it.
export function CoverageTable({ counties, state }: Props) {
  const t = useTranslations('coverage');
  const locale = useLocale();
  const rows = sortCounties(counties, state.sort, state.dir, locale);
  const cell: Record<SortKey, (c: CountyFigures) => string> = {
    name: (c) => (locale === 'en' ? c.nameEn : c.name),
    city: (c) => (locale === 'en' ? c.cityNameEn : c.cityName),
    share: (c) => formatShare(locale, c.coveredShare),
    covered: (c) => formatKm2(locale, c.coveredKm2),
    area: (c) => formatNumber(locale, c.areaKm2, 0),
    stations: (c) => formatNumber(locale, c.stationsInUse),
    h24: (c) => formatNumber(locale, c.stations24h),
    density: (c) => formatNumber(locale, c.stationsPer100Km2, 1),
    gap: (c) => formatKm2(locale, c.largestGapKm2),
  };
  return (
    <SortForm action="/coverage">
      {state.mode !== 'walk' && <input type="hidden" name="mode" value={state.mode} />}
      {state.openNow && <input type="hidden" name="openNow" value="1" />}
      {state.region && <input type="hidden" name="region" value={state.region} />}
      {state.county && <input type="hidden" name="county" value={state.county} />}
      <div className="table-scroll" role="region" aria-labelledby="coverage-table-caption" tabIndex={0}>
        <table className="coverage-table">
          <caption id="coverage-table-caption">
            {t('table.caption', { mode: t(`mode.${state.mode}`) })}{' '}
            <span className="muted">{t('table.sortedBy', { column: t(`column.${state.sort}`), dir: t(`table.${state.dir}`) })}</span>
          </caption>
          <thead>
            <tr>
              {SORT_KEYS.map((key) => (
                <SortHeader key={key} column={key} state={state} label={t(`column.${key}`)} hint={t('table.sortHint')} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.code} className={c.code === state.county ? 'selected' : undefined} aria-current={c.code === state.county ? 'true' : undefined}>
                <th scope="row">
                  <Link href={`/coverage${pageQuery({ ...state, county: c.code })}`}>{cell.name(c)}</Link>
                </th>
                {SORT_KEYS.slice(1).map((key) => (
                  <td key={key} className={key === 'city' ? undefined : 'num'}>{cell[key](c)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </SortForm>
  );
}

function SortHeader({ column, state, label, hint }: { column: SortKey; state: CoveragePageState; label: string; hint: string }) {
  const active = state.sort === column;
  const next = active ? (state.dir === 'asc' ? 'desc' : 'asc') : FIRST_DIR[column];
  return (
    <th scope="col" aria-sort={active ? (state.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <button type="submit" name="sort" value={`${column}-${next}`} className="sort-button" title={hint}>
        {label}
        <span aria-hidden="true" className="sort-arrow">{active ? (state.dir === 'asc' ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>
  );
}
