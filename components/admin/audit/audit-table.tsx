import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { divisionName } from '@/lib/accounts/divisions';
import type { AuditRow } from '@/lib/audit-log/queries';
import { AuditChanges } from './audit-changes';

export async function AuditTable({ rows }: { rows: AuditRow[] }) {
  const t = await getTranslations('auditLog');
  const format = await getFormatter();
  if (rows.length === 0) return <p>{t('none')}</p>;
  return (
    <table className="admin-table audit-table">
      <caption>{t('caption')}</caption>
      <thead>
        <tr>{(['at', 'actor', 'action', 'where', 'changes'] as const).map((c) => <th key={c} scope="col">{t(`columns.${c}`)}</th>)}</tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td><time dateTime={r.at.toISOString()}>{format.dateTime(r.at, { dateStyle: 'medium', timeStyle: 'medium' })}</time></td>
            <td>
              {r.actorEmail}
              {r.clientAddress && <div className="audit-address">{t('from', { address: r.clientAddress })}</div>}
            </td>
            <td>{t.has(`actions.${r.action}`) ? t(`actions.${r.action}`) : r.action}</td>
            <td>
              {r.stationId && (
                <Link href={`/admin/stations/${encodeURIComponent(r.stationId)}/history`}>{t('station', { id: r.stationId })}</Link>
              )}
              {r.countyCode && <div>{divisionName(r.countyCode)}</div>}
            </td>
            <td>
              <AuditChanges before={r.before} after={r.after} />
              {r.note && <p className="audit-note">{t('note', { note: r.note })}</p>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
