import { useLocale, useTranslations } from 'next-intl';
import type { CountyFigures, Rollup } from '@/lib/coverage/types';
import { formatKm2, formatNumber, formatShare } from './format';

// The headline figures of a county, a city or the province as a definition list.
export function FigureList({ f }: { f: CountyFigures | Rollup }) {
  const t = useTranslations('coverage');
  const locale = useLocale();
  const items: [string, string][] = [
    [t('figures.share'), formatShare(locale, f.coveredShare)],
    [t('figures.covered'), t('figures.ofArea', { covered: formatKm2(locale, f.coveredKm2), area: formatNumber(locale, f.areaKm2, 0) })],
    [t('figures.stationsInUse'), formatNumber(locale, f.stationsInUse)],
    [t('figures.stations24h'), formatNumber(locale, f.stations24h)],
    [t('figures.density'), formatNumber(locale, f.stationsPer100Km2, 1)],
    [t('figures.largestGap'), f.largestGapKm2 === null ? '—' : `${formatKm2(locale, f.largestGapKm2)} km²`],
  ];
  return (
    <dl className="figure-list">
      {items.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
