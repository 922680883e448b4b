'use client';
import { useState, type FormEvent } from 'react';
import { ImportMapping, type Choice, type MappingLabels, type Option } from './import-mapping';
import { fill, ImportResult, type Outcome, type ResultLabels } from './import-result';
import { forgetMapping, loadMapping, rememberMapping, rememberedValues } from './remembered-mapping';

// Uploads the file for a dry run, shows the preview with every rejected row
// and warning, lets the admin map unknown headers and words (remembered in
// this browser) and dry-run the same file again, then applies it. The server
// answers line by line (NDJSON) so the progress bar moves while a large file is checked.

export type ImportLabels = ResultLabels & MappingLabels & Record<
  'file' | 'crsLabel' | 'dryRun' | 'apply' | 'working' | 'progress' | 'applyNote' | 'nothing' | 'remembered' | 'forget', string>;

type Line = Outcome | { type: 'progress'; read: number; checked: number };
type Props = { locale: 'zh-CN' | 'en'; labels: ImportLabels; crsOptions: Option[]; columns: Option[]; vocab: Record<Choice['field'], Option[]> };

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

export function ImportForm({ locale, labels: L, crsOptions, columns, vocab }: Props) {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ read: number; checked: number } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // The file of the last dry run, sent again when the admin changes the mapping.
  const [upload, setUpload] = useState<{ file: File; crs: string } | null>(null);
  const [used, setUsed] = useState<Choice[]>([]);

  async function run(url: string, body: BodyInit | null) {
    setBusy(true);
    setProgress(null);
    try {
      setOutcome(await post(url, body, setProgress));
    } finally {
      setBusy(false);
    }
  }

  function dryRun(file: File, crs: string, mapping = loadMapping()) {
    setUpload({ file, crs });
    setUsed(rememberedValues(mapping));
    const q = new URLSearchParams({ step: 'preview', crs, name: file.name, locale, mapping: JSON.stringify(mapping) });
    void run(`/api/import?${q}`, file);
  }

  function preview(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) return;
    dryRun(file, String(form.get('crs')));
  }

  const shown = outcome?.type === 'preview' ? outcome : null;
  const canApply = shown !== null && shown.token !== null && shown.counts.new + shown.counts.updated > 0;
  const valueLabel = (c: Choice) => vocab[c.field].find((o) => o.value === c.code)?.label ?? c.code;
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
      {outcome && !busy && <ImportResult outcome={outcome} labels={L} />}
      {shown && !busy && used.length > 0 && (
        <p>
          {fill(L.remembered, { list: used.map((c) => `${L.valueFields[c.field]}“${c.value}” → ${valueLabel(c)}`).join('；') })}{' '}
          <button type="button" className="button" onClick={() => { forgetMapping(); if (upload) dryRun(upload.file, upload.crs, {}); }}>{L.forget}</button>
        </p>
      )}
      {shown && !busy && upload && (
        <ImportMapping key={`${shown.fileName}|${JSON.stringify(shown.headers)}|${shown.unknownValues.length}`} headers={shown.headers} values={shown.unknownValues}
          labels={L} columns={columns} vocab={vocab} busy={busy}
          onRerun={(h, v) => dryRun(upload.file, upload.crs, rememberMapping(h, v))} />
      )}
      {canApply && !busy && (
        <form onSubmit={(e) => { e.preventDefault(); void run(`/api/import?${new URLSearchParams({ step: 'apply', token: shown.token!, locale })}`, null); }}>
          <p>{L.applyNote}</p>
          <button type="submit" className="button">{L.apply}</button>
        </form>
      )}
    </div>
  );
}
