import { useLocale, useTranslations } from 'next-intl';
import type { AreaCoverage } from '@/lib/coverage/types';
import { FigureList } from './figure-list';
import { formatShare } from './format';

// No county chosen: the region's figures, and where the worst gap is.
export function ProvincePanel({ data }: { data: AreaCoverage }) {
  const t = useTranslations('coverage');
  const locale = useLocale();
  const en = locale === 'en';
  const ranked = data.counties.filter((c) => c.coveredShare !== null).sort((a, b) => a.coveredShare! - b.coveredShare! || a.code.localeCompare(b.code));
  const worst = ranked[0];
  return (
    <section className="county-panel" aria-labelledby="province-heading">
      <h2 id="province-heading">{t('province.title', { level: data.level, name: en ? data.region.nameEn : data.region.name })}</h2>
      <FigureList f={data.region} />
      {worst && <p>{t('province.worst', { name: en ? worst.nameEn : worst.name, city: en ? worst.cityNameEn : worst.cityName, share: formatShare(locale, worst.coveredShare) })}</p>}
      <p className="muted">{t('province.hint')}</p>
    </section>
  );
}
