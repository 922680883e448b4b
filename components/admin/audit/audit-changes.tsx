import { getTranslations } from 'next-intl/server';
import { divisionName } from '@/lib/accounts/divisions';
import { fieldChanges } from '@/lib/audit-log/diff';

type Translate = Awaited<ReturnType<typeof getTranslations>>;

/** Codes in words where the app has words for them (kinds, statuses, roles, amenities, divisions). */
function valueLabel(all: Translate, field: string, value: string): string {
  const word = (ns: string, v: string) => (all.has(`${ns}.${v}`) ? all(`${ns}.${v}`) : v);
  if (field === 'kind') return word('kinds', value);
  if (field === 'entry') return word('entry.modes', value);
  if (field === 'status' && all.has(`statuses.${value}`)) return word('statuses', value);
  if (field === 'role') return word('admin.roles', value);
  if (field === 'amenities') return value.split(', ').map((a) => word('amenities', a)).join('、');
  if (field === 'countyCode' || field === 'divisionCode') return `${divisionName(value)} (${value})`;
  return value;
}

/** Before → after for each changed field, and the context recorded with it, all as text. */
export async function AuditChanges({ before, after }: { before: string | null; after: string | null }) {
  const [t, all] = await Promise.all([getTranslations('auditLog'), getTranslations()]);
  const changes = fieldChanges(before, after);
  if (changes.length === 0) return <span className="audit-none">{t('noChanges')}</span>;
  const name = (f: string) => (t.has(`fields.${f}`) ? t(`fields.${f}`) : f);
  // "photo.mime" → "照片 · 类型": the known parts translated, the rest as recorded.
  const label = (f: string) => (f === '' ? t('value') : f.split('.').map(name).join(' · '));
  const show = (field: string, v: string | null) => (v === null ? t('empty') : valueLabel(all, field, v));
  return (
    <ul className="audit-changes">
      {changes.map((c) => (
        <li key={c.field} className={c.context ? 'audit-context' : undefined}>
          <span className="audit-field">{label(c.field)}</span>{': '}
          {c.context ? (
            show(c.field, c.before)
          ) : (
            <>
              <del aria-label={t('before')}>{show(c.field, c.before)}</del>{' → '}
              <ins aria-label={t('after')}>{show(c.field, c.after)}</ins>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
