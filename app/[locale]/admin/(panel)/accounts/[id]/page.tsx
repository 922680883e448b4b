import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { DisableForm } from '@/components/admin/accounts/disable-form';
import { RescopeForm } from '@/components/admin/accounts/rescope-form';
import { ResetPasswordForm } from '@/components/admin/accounts/reset-password-form';
import '@/components/admin/accounts/accounts.css';
import { Link } from '@/i18n/navigation';
import { divisionName, scopeChoices } from '@/lib/accounts/divisions';
import { requireAccountManager } from '@/lib/accounts/guard';
import { getAccount } from '@/lib/accounts/queries';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const DONE = ['created', 'disabled', 'enabled', 'rescoped'] as const;

export default async function AccountPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  const admin = await requireAccountManager(locale);
  const account = await getAccount(admin, id.slice(0, 64));
  if (!account) notFound();
  const done = (await searchParams).done;
  const [t, tr, format] = await Promise.all([getTranslations('accounts'), getTranslations('admin'), getFormatter()]);
  const self = account.id === admin.id;
  return (
    <>
      <p><Link href="/admin/accounts">{t('back')}</Link></p>
      <h1>{t('detailTitle', { email: account.email })}</h1>
      {DONE.find((d) => d === done) && <p role="status" className="acc-done">{t(`done.${done as (typeof DONE)[number]}`)}</p>}
      <dl className="account-facts">
        <dt>{t('name')}</dt><dd>{account.name}</dd>
        <dt>{t('role')}</dt><dd>{tr.has(`roles.${account.role}`) ? tr(`roles.${account.role}`) : account.role}</dd>
        <dt>{t('columns.scope')}</dt><dd>{account.role === 'national' ? t('wholeCountry') : divisionName(account.divisionCode, locale)}</dd>
        <dt>{t('columns.created')}</dt><dd>{format.dateTime(account.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</dd>
      </dl>
      {self && <p className="acc-hint">{t('selfNote')}</p>}
      <div className="accounts-layout">
        <RescopeForm userId={account.id} role={account.role} choices={scopeChoices(admin, account.divisionCode, locale)} />
        {!self && <DisableForm userId={account.id} disabled={account.disabled} />}
        {!self && <ResetPasswordForm userId={account.id} mustChange={account.mustChangePassword} />}
      </div>
    </>
  );
}
