import { useLocale, useTranslations } from 'next-intl';
import type { Rollup } from '@/lib/coverage/types';
import { formatKm2, formatNumber, formatShare } from './format';

// The 11 cities and the province, rolled up from their counties.
export function CityTable({ cities, province }: { cities: readonly Rollup[]; province: Rollup }) {
  const t = useTranslations('coverage');
  const locale = useLocale();
  const row = (r: Rollup, head: boolean) => (
    <tr key={r.code}>
      <th scope="row">{head ? <strong>{r.name}</strong> : r.name}</th>
      <td className="num">{formatShare(locale, r.coveredShare)}</td>
      <td className="num">{formatKm2(locale, r.coveredKm2)}</td>
      <td className="num">{formatNumber(locale, r.areaKm2, 0)}</td>
      <td className="num">{formatNumber(locale, r.stationsInUse)}</td>
      <td className="num">{formatNumber(locale, r.stations24h)}</td>
      <td className="num">{formatNumber(locale, r.stationsPer100Km2, 1)}</td>
      <td className="num">{formatKm2(locale, r.largestGapKm2)}</td>
    </tr>
  );
  const columns = ['share', 'covered', 'area', 'stations', 'h24', 'density', 'gap'] as const;
  return (
    <div className="table-scroll" role="region" aria-labelledby="city-table-caption" tabIndex={0}>
      <table className="coverage-table">
        <caption id="city-table-caption">{t('cities.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cities.city')}</th>
            {columns.map((c) => <th key={c} scope="col">{t(`column.${c}`)}</th>)}
          </tr>
        </thead>
        <tbody>{[...cities].sort((a, b) => a.coveredShare - b.coveredShare).map((c) => row(c, false))}</tbody>
        <tfoot>{row(province, true)}</tfoot>
      </table>
    </div>
  );
}
