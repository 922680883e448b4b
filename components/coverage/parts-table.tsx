import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { Rollup } from '@/lib/coverage/types';
import { formatKm2, formatNumber, formatShare } from './format';

type Props = { parts: readonly Rollup[]; whole: Rollup; level: string; href: (code: string) => string };

// The region one level down (provinces, cities, counties) and the whole,
// rolled up from their counties; each part's name opens its own view.
export function PartsTable({ parts, whole, level, href }: Props) {
  const t = useTranslations('coverage');
  const locale = useLocale();
  const name = (r: Rollup) => (locale === 'en' ? r.nameEn : r.name);
  const row = (r: Rollup, head: boolean) => (
    <tr key={r.code}>
      <th scope="row">{head ? <strong>{name(r)}</strong> : <Link href={href(r.code)}>{name(r)}</Link>}</th>
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
    <div className="table-scroll" role="region" aria-labelledby="parts-table-caption" tabIndex={0}>
      <table className="coverage-table">
        <caption id="parts-table-caption">{t('parts.caption', { level })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('parts.part', { level })}</th>
            {columns.map((c) => <th key={c} scope="col">{t(`column.${c}`)}</th>)}
          </tr>
        </thead>
        <tbody>{[...parts].sort((a, b) => a.coveredShare - b.coveredShare || a.code.localeCompare(b.code)).map((c) => row(c, false))}</tbody>
        <tfoot>{row(whole, true)}</tfoot>
      </table>
    </div>
  );
}
