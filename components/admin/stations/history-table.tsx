import { getFormatter, getTranslations } from 'next-intl/server';
import { countyOf } from '@/lib/stations/admin/scope';
import { parseServices } from '@/lib/services/stored';
import { formatServicesText } from '@/lib/services/text-form';

type Entry = { id: string; at: Date; actorEmail: string; action: string; before: string | null; after: string | null; note: string | null };

function parse(json: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    const v: unknown = JSON.parse(json);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Audit entries of one station: who, when, what, and each changed field before → after. */
export async function HistoryTable({ entries }: { entries: Entry[] }) {
  const t = await getTranslations('stationsAdmin.history');
  const tk = await getTranslations('kinds');
  const ts = await getTranslations('statuses');
  const ta = await getTranslations('amenities');
  const te = await getTranslations('entry.modes');
  const tsv = await getTranslations('services.kinds');
  const format = await getFormatter();
  const value = (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return t('none');
    const s = String(v);
    if (field === 'kind' && tk.has(s)) return tk(s);
    if (field === 'status' && ts.has(s)) return ts(s);
    if (field === 'entry' && te.has(s)) return te(s);
    if (field === 'countyCode') return countyOf(s)?.name ?? s;
    if (field === 'amenities') return s.split(',').map((a) => (ta.has(a) ? ta(a) : a)).join('、');
    if (field === 'services') return formatServicesText(parseServices(s), (k) => tsv(k)) || t('none');
    if (field.endsWith('At') && !Number.isNaN(Date.parse(s))) return format.dateTime(new Date(s), { dateStyle: 'medium', timeStyle: 'short' });
    return s;
  };
  const label = (field: string) => (t.has(`fields.${field}`) ? t(`fields.${field}`) : field);
  if (entries.length === 0) return <p>{t('empty')}</p>;
  return (
    <table className="admin-table sa-history">
      <caption className="visually-hidden">{t('caption')}</caption>
      <thead>
        <tr><th scope="col">{t('when')}</th><th scope="col">{t('who')}</th><th scope="col">{t('action')}</th><th scope="col">{t('changes')}</th></tr>
      </thead>
      <tbody>
        {entries.map((e) => {
          const before = parse(e.before);
          const after = parse(e.after);
          const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
          return (
            <tr key={e.id}>
              <td>{format.dateTime(e.at, { dateStyle: 'medium', timeStyle: 'medium' })}</td>
              <td>{e.actorEmail}</td>
              <td>{t.has(`actionNames.${e.action}`) ? t(`actionNames.${e.action}`) : e.action}</td>
              <td>
                <ul>
                  {fields.map((f) => (
                    <li key={f}>
                      {label(f)}:{' '}
                      {f in before && <>{value(f, before[f])} <span className="sa-arrow">→</span> </>}
                      {value(f, after[f])}
                    </li>
                  ))}
                  {e.note && <li>{e.note}</li>}
                </ul>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
