import type { WordedSummary } from '@/lib/import/words';

// A dry run's or an import's outcome: counts, notes on how the file was read,
// rejected rows and warnings (cells left empty or read with a guess), each
// naming its row and column.

export type ResultLabels = Record<
  'previewTitle' | 'appliedTitle' | 'counts' | 'rejectedTitle' | 'row' | 'column' | 'reason' | 'more' | 'warningsTitle' | 'warningsMore' | 'warned', string>;
export type Outcome =
  | ({ type: 'preview'; token: string | null; fileName: string } & WordedSummary)
  | ({ type: 'applied'; fileName: string } & WordedSummary)
  | { type: 'error'; message: string };

export const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{(\w+)\}/gu, (m, k: string) => String(v[k] ?? m));

function RowTable({ caption, rows, labels: L }: { caption: string; rows: WordedSummary['rejected']; labels: ResultLabels }) {
  return (
    <table className="import-rejected">
      <caption>{caption}</caption>
      <thead><tr><th scope="col">{L.row}</th><th scope="col">{L.column}</th><th scope="col">{L.reason}</th></tr></thead>
      <tbody>
        {rows.map((r, i) => <tr key={i}><td>{r.row}</td><td>{r.column}</td><td>{r.reason}</td></tr>)}
      </tbody>
    </table>
  );
}

export function ImportResult({ outcome: o, labels: L }: { outcome: Outcome; labels: ResultLabels }) {
  if (o.type === 'error') return <p role="alert">{o.message}</p>;
  const title = fill(o.type === 'preview' ? L.previewTitle : L.appliedTitle, { file: o.fileName });
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      {o.fileError ? <p role="alert">{o.fileError}</p> : <p>{fill(L.counts, o.counts)}{o.warned > 0 && `; ${fill(L.warned, { count: o.warned })}`}</p>}
      {o.crsNote && <p>{o.crsNote}</p>}
      {o.converted && <p>{o.converted}</p>}
      {o.hint && <p role="alert">{o.hint}</p>}
      {o.rejected.length > 0 && <RowTable caption={L.rejectedTitle} rows={o.rejected} labels={L} />}
      {o.more > 0 && <p>{fill(L.more, { count: o.more })}</p>}
      {o.warnings.length > 0 && <RowTable caption={L.warningsTitle} rows={o.warnings} labels={L} />}
      {o.warningsMore > 0 && <p>{fill(L.warningsMore, { count: o.warningsMore })}</p>}
    </section>
  );
}
