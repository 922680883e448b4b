import { useLocale, useTranslations } from 'next-intl';
import type { ProvinceCoverage } from '@/lib/coverage/types';
import { FigureList } from './figure-list';
import { formatShare } from './format';

// No county chosen: the province's figures, and where the worst gap is.
export function ProvincePanel({ data }: { data: ProvinceCoverage }) {
  const t = useTranslations('coverage');
  const locale = useLocale();
  const ranked = data.counties.filter((c) => c.coveredShare !== null).sort((a, b) => a.coveredShare! - b.coveredShare! || a.code.localeCompare(b.code));
  const worst = ranked[0];
  return (
    <section className="county-panel" aria-labelledby="province-heading">
      <h2 id="province-heading">{t('province.title')}</h2>
      <FigureList f={data.province} />
      {worst && <p>{t('province.worst', { name: worst.name, city: worst.cityName, share: formatShare(locale, worst.coveredShare) })}</p>}
      <p className="muted">{t('province.hint')}</p>
    </section>
  );
}
