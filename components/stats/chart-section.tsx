import { useLocale, useTranslations } from 'next-intl';
import { formatNumber, formatShare } from '@/components/coverage/format';
import { BarChart } from './bar-chart';
import { DataTable } from './data-table';
import type { Dataset } from './datasets';

// One dataset: heading, chart, table and its CSV download.
/** `noteValues`: figures a dataset's note names (the working days a complaint is due in). */
export function ChartSection({ data, query = '', noteValues }: { data: Dataset; query?: string; noteValues?: Record<string, number> }) {
  const t = useTranslations('stats');
  const locale = useLocale();
  const title = data.title ?? t(`dataset.${data.key}.title`);
  const format = (v: number) =>
    data.scale === 'share' ? formatShare(locale, v, 0) : formatNumber(locale, v, data.scale === 'count' ? 0 : 1);
  const csv = `${locale === 'en' ? '/en' : ''}/stats/csv?dataset=${data.key}${query}`;
  return (
    <section className="stats-section" id={data.key} aria-labelledby={`${data.key}-heading`}>
      <h2 id={`${data.key}-heading`}>{title}</h2>
      <p className="muted">{t(`dataset.${data.key}.note`, noteValues)}</p>
      <div className="stats-body">
        <BarChart id={`${data.key}-chart`} title={title} description={t('chartDescription')} bars={data.bars} scale={data.scale} format={format}
          totalLabel={t('legend.total')} partLabel={t('legend.inUse')} />
        <div>
          <DataTable data={data} caption={t('tableCaption', { title })} />
          <p>
            <a href={csv} download={`yizhan-${data.key}.csv`} className="button">{t('csv', { title })}</a>
          </p>
        </div>
      </div>
    </section>
  );
}
