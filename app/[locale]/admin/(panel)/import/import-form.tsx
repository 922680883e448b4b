'use client';
import { useState, type FormEvent } from 'react';
import type { WordedSummary } from '@/lib/import/words';

// Uploads the file for a dry run, shows the preview with every rejected row,
// then applies it. The server answers line by line (NDJSON) so the progress
// bar moves while a large file is checked.

export type ImportLabels = Record<
  'file' | 'crsLabel' | 'dryRun' | 'apply' | 'working' | 'progress' | 'previewTitle' | 'appliedTitle' | 'counts'
  | 'rejectedTitle' | 'row' | 'column' | 'reason' | 'more' | 'applyNote' | 'nothing', string>;

type Outcome =
  | ({ type: 'preview'; token: string | null; fileName: string } & WordedSummary)
  | ({ type: 'applied'; fileName: string } & WordedSummary)
  | { type: 'error'; message: string };
type Line = Outcome | { type: 'progress'; read: number; checked: number };

const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{(\w+)\}/gu, (m, k: string) => String(v[k] ?? m));

async function post(url: string, body: BodyInit | null, onProgress: (p: { read: number; checked: number }) => void): Promise<Outcome> {
  const res = await fetch(url, { method: 'POST', body });
  // A file refused whole (too large, too many columns) or a dry run already used: the answer names why.
  if (!res.ok || !res.body) return { type: 'error', message: await errorText(res) };
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let last: Outcome = { type: 'error', message: '—' };
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    buffer += r.value;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const l of lines.filter(Boolean)) {
      const line = JSON.parse(l) as Line;
      if (line.type === 'progress') onProgress(line);
      else last = line;
    }
  }
  return last;
}

async function errorText(res: Response): Promise<string> {
  const body = (await res.json().catch(() => null)) as { error?: { message?: unknown } } | null;
  return typeof body?.error?.message === 'string' ? body.error.message : `${res.status}`;
}

export function ImportForm({ locale, labels: L, crsOptions }: { locale: 'zh-CN' | 'en'; labels: ImportLabels; crsOptions: { value: string; label: string }[] }) {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ read: number; checked: number } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function run(url: string, body: BodyInit | null) {
    setBusy(true);
    setProgress(null);
    try {
      setOutcome(await post(url, body, setProgress));
    } finally {
      setBusy(false);
    }
  }

  function preview(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) return;
    const q = new URLSearchParams({ step: 'preview', crs: String(form.get('crs')), name: file.name, locale });
    void run(`/api/import?${q}`, file);
  }

  const canApply = outcome?.type === 'preview' && outcome.token !== null && outcome.counts.new + outcome.counts.updated > 0;
  return (
    <div className="import-form">
      <form onSubmit={preview}>
        <label>{L.file}<input type="file" name="file" accept=".csv,.txt,.xlsx,.geojson,.json" required /></label>
        <label>{L.crsLabel}
          <select name="crs" defaultValue="gcj02">
            {crsOptions.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </label>
        <button type="submit" className="button" disabled={busy}>{L.dryRun}</button>
      </form>
      {busy && (
        <p role="status">
          {L.working} {progress && fill(L.progress, progress)}
          {progress && <progress max={Math.max(progress.read, 1)} value={progress.checked} />}
        </p>
      )}
      {outcome && !busy && <Result outcome={outcome} labels={L} />}
      {canApply && !busy && (
        <form onSubmit={(e) => { e.preventDefault(); void run(`/api/import?${new URLSearchParams({ step: 'apply', token: outcome.token!, locale })}`, null); }}>
          <p>{L.applyNote}</p>
          <button type="submit" className="button">{L.apply}</button>
        </form>
      )}
    </div>
  );
}

function Result({ outcome: o, labels: L }: { outcome: Outcome; labels: ImportLabels }) {
  if (o.type === 'error') return <p role="alert">{o.message}</p>;
  return (
    <section aria-label={fill(o.type === 'preview' ? L.previewTitle : L.appliedTitle, { file: o.fileName })}>
      <h2>{fill(o.type === 'preview' ? L.previewTitle : L.appliedTitle, { file: o.fileName })}</h2>
      {o.fileError ? <p role="alert">{o.fileError}</p> : <p>{fill(L.counts, o.counts)}</p>}
      {o.hint && <p role="alert">{o.hint}</p>}
      {o.rejected.length > 0 && (
        <table className="import-rejected">
          <caption>{L.rejectedTitle}</caption>
          <thead><tr><th scope="col">{L.row}</th><th scope="col">{L.column}</th><th scope="col">{L.reason}</th></tr></thead>
          <tbody>
            {o.rejected.map((r, i) => <tr key={i}><td>{r.row}</td><td>{r.column}</td><td>{r.reason}</td></tr>)}
          </tbody>
        </table>
      )}
      {o.more > 0 && <p>{fill(L.more, { count: o.more })}</p>}
    </section>
  );
}
