import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { divisionName } from '@/lib/accounts/divisions';
import type { AccountRow } from '@/lib/accounts/queries';

export async function AccountTable({ accounts }: { accounts: AccountRow[] }) {
  const t = await getTranslations('accounts');
  const tr = await getTranslations('admin');
  const format = await getFormatter();
  const locale = await getLocale();
  if (accounts.length === 0) return <p>{t('none')}</p>;
  return (
    <table className="admin-table accounts-table">
      <caption>{t('listCaption')}</caption>
      <thead>
        <tr>
          {(['email', 'name', 'role', 'scope', 'status', 'created', 'actions'] as const).map((c) => <th key={c} scope="col">{t(`columns.${c}`)}</th>)}
        </tr>
      </thead>
      <tbody>
        {accounts.map((a) => (
          <tr key={a.id} className={a.disabled ? 'account-disabled' : undefined}>
            <td>{a.email}</td>
            <td>{a.name}</td>
            <td>{tr.has(`roles.${a.role}`) ? tr(`roles.${a.role}`) : a.role}</td>
            <td>{a.role === 'national' ? t('wholeCountry') : divisionName(a.divisionCode, locale)}</td>
            <td>{a.disabled ? t('disabled') : t('active')}</td>
            <td>{format.dateTime(a.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</td>
            <td>
              <Link href={`/admin/accounts/${encodeURIComponent(a.id)}`} aria-label={t('manageLabel', { email: a.email })}>{t('manage')}</Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
