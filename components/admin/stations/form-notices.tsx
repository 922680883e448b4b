'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { ConflictField, ConflictRow } from '@/lib/stations/admin/conflict';
import type { DuplicateView } from '@/lib/stations/admin/form-state';
import { relabelServicesText } from '@/lib/services/text-form';

export function DuplicateWarning({ duplicates, pending }: { duplicates: DuplicateView[]; pending: boolean }) {
  const t = useTranslations('stationsAdmin.duplicates');
  return (
    <section className="sa-notice sa-warning" role="alert" aria-labelledby="dup-title" data-answer tabIndex={-1}>
      <h2 id="dup-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      <ul>
        {duplicates.map((d) => (
          <li key={d.id}>
            <Link href={`/admin/stations/${d.id}`} target="_blank">{d.name}</Link>
            {' · '}{d.county}
            {d.near && <> · {t('near', { distance: d.distanceM })}</>}
            {d.sameName && <> · {t('sameName')}</>}
          </li>
        ))}
      </ul>
      <button type="submit" name="saveAnyway" value="1" disabled={pending}>{t('saveAnyway')}</button>
    </section>
  );
}

type Shown = { rows: ConflictRow[]; by: string | null; at: string | null };

export function ConflictNotice({ conflict, countyNames }: { conflict: Shown; countyNames: Record<string, string> }) {
  const t = useTranslations('stationsAdmin.conflict');
  const tf = useTranslations('stationsAdmin.history.fields');
  const tk = useTranslations('kinds');
  const ts = useTranslations('statuses');
  const ta = useTranslations('amenities');
  const te = useTranslations('entry.modes');
  const tsv = useTranslations('services.kinds');
  const format = useFormatter();
  const show = (field: ConflictField, v: string): string => {
    if (v === '') return '—';
    if (field === 'kind' && tk.has(v)) return tk(v);
    if (field === 'status' && ts.has(v)) return ts(v);
    if (field === 'entry' && te.has(v)) return te(v);
    if (field === 'countyCode') return countyNames[v] ?? v;
    if (field === 'amenities') return v.split(',').map((a) => (ta.has(a) ? ta(a) : a)).join('、');
    if (field === 'services') return relabelServicesText(v, (k) => (tsv.has(k) ? tsv(k) : k));
    return v;
  };
  return (
    <section className="sa-notice sa-conflict" role="alert" aria-labelledby="conflict-title" data-answer tabIndex={-1}>
      <h2 id="conflict-title">{t('title')}</h2>
      {conflict.by && conflict.at && <p>{t('by', { who: conflict.by, at: format.dateTime(new Date(conflict.at), { dateStyle: 'medium', timeStyle: 'short' }) })}</p>}
      <p>{conflict.rows.length ? t('intro') : t('none')}</p>
      {conflict.rows.length > 0 && (
        <table className="admin-table">
          <thead><tr><th scope="col">{t('field')}</th><th scope="col">{t('yours')}</th><th scope="col">{t('theirs')}</th></tr></thead>
          <tbody>
            {conflict.rows.map((r) => (
              <tr key={r.field}>
                <th scope="row">{r.field === 'location' ? t('location') : tf(r.field)}</th>
                <td>{show(r.field, r.yours)}{r.youChangedToo && <em className="sa-both"> ({t('bothChanged')})</em>}</td>
                <td>{show(r.field, r.theirs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
