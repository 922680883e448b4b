import { useLocale } from 'next-intl';
import { formatNumber, formatShare } from '@/components/coverage/format';
import type { Dataset } from './datasets';

// The chart's numbers as a table: the accessible reading of the chart.
export function DataTable({ data, caption }: { data: Dataset; caption: string }) {
  const locale = useLocale();
  const show = (v: string | number | null, kind: Dataset['columns'][number]['kind']) => {
    if (v === null) return '—';
    if (kind === 'count') return formatNumber(locale, Number(v));
    if (kind === 'decimal') return formatNumber(locale, Number(v), 1);
    return kind === 'share' ? formatShare(locale, Number(v)) : String(v);
  };
  return (
    <div className="stats-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="stats-table" data-dataset={data.key}>
        <caption>{caption}</caption>
        <thead>
          <tr>{data.columns.map((c) => <th key={c.label} scope="col">{c.label}</th>)}</tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={String(r[0])}>
              {r.map((v, i) => {
                const kind = data.columns[i]!.kind;
                const figure = kind === 'count' || kind === 'share' || kind === 'decimal';
                return <td key={i} className={figure ? 'num' : undefined} data-value={(kind === 'count' || kind === 'decimal') && v !== null ? v : undefined}>{show(v, kind)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
