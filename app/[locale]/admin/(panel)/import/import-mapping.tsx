'use client';
import type { FormEvent } from 'react';
import type { HeaderInfo } from '@/lib/import/headers';
import type { UnknownValue } from '@/lib/import/tally';
import type { VocabField } from '@/lib/import/vocab-synonyms';

// The preview's mapping step: how each header was read, a choice for the
// headers and words the importer did not know, and a new dry run with them.

export type Option = { value: string; label: string };
export type MappingLabels = Record<
  'mappingTitle' | 'mappingIntro' | 'headersTitle' | 'header' | 'readAs' | 'ignore' | 'unmapped' | 'valuesTitle' | 'value' | 'rows'
  | 'field' | 'means' | 'leaveUnknown' | 'rerun', string> & { valueFields: Record<VocabField, string>; how: Record<HeaderInfo['how'], string> };
export type Choice = { field: VocabField; value: string; code: string };

type Props = {
  headers: HeaderInfo[]; values: UnknownValue[]; labels: MappingLabels; columns: Option[]; vocab: Record<VocabField, Option[]>;
  busy: boolean; onRerun: (headers: Record<string, string>, values: Choice[]) => void;
};

// Chinese sets quotation marks tight to the word before; English after a space.
const quoted = (field: string, value: string) => `${field}${/[A-Za-z]$/u.test(field) ? ' ' : ''}“${value}”`;

export function ImportMapping({ headers, values, labels: L, columns, vocab, busy, onRerun }: Props) {
  if (headers.length === 0 && values.length === 0) return null;
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const h: Record<string, string> = {};
    headers.forEach((info, i) => { const v = form.get(`h${i}`); if (typeof v === 'string') h[info.header] = v; });
    const v = values.map((u, i) => ({ field: u.field, value: u.value, code: String(form.get(`v${i}`) ?? '') }));
    onRerun(h, v);
  }
  return (
    <form className="import-mapping" onSubmit={submit} aria-label={L.mappingTitle}>
      <h3>{L.mappingTitle}</h3>
      <p>{L.mappingIntro}</p>
      <table className="import-rejected">
        <caption>{L.headersTitle}</caption>
        <thead><tr><th scope="col">{L.header}</th><th scope="col">{L.readAs}</th></tr></thead>
        <tbody>
          {headers.map((info, i) => (
            <tr key={i}>
              <td>{info.header}</td>
              <td>
                {info.how === 'template' ? columns.find((c) => c.value === info.column)?.label : (
                  <select name={`h${i}`} aria-label={info.header} defaultValue={info.how === 'ignored' ? '-' : info.how === 'mapped' ? info.column ?? '' : ''}>
                    <option value="">{info.how === 'synonym' ? `${L.how.synonym}: ${columns.find((c) => c.value === info.column)?.label}` : L.unmapped}</option>
                    <option value="-">{L.ignore}</option>
                    {columns.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
                  </select>
                )}
                {' '}<small>{L.how[info.how]}{info.crs ? ` · ${info.crs.toUpperCase()}` : ''}</small>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {values.length > 0 && (
        <table className="import-rejected">
          <caption>{L.valuesTitle}</caption>
          <thead><tr><th scope="col">{L.field}</th><th scope="col">{L.value}</th><th scope="col">{L.rows}</th><th scope="col">{L.means}</th></tr></thead>
          <tbody>
            {values.map((u, i) => (
              <tr key={`${u.field}|${u.value}`}>
                <td>{L.valueFields[u.field]}</td><td>{u.value}</td><td>{u.count}</td>
                <td>
                  <select name={`v${i}`} aria-label={quoted(L.valueFields[u.field], u.value)} defaultValue="">
                    <option value="">{L.leaveUnknown}</option>
                    {vocab[u.field].map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="submit" className="button" disabled={busy}>{L.rerun}</button>
    </form>
  );
}
