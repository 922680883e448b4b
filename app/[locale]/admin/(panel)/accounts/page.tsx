import { getTranslations } from 'next-intl/server';
import { AccountCreateForm } from '@/components/admin/accounts/account-create-form';
import { AccountTable } from '@/components/admin/accounts/account-table';
import '@/components/admin/accounts/accounts.css';
import { scopeChoices } from '@/lib/accounts/divisions';
import { requireAccountManager } from '@/lib/accounts/guard';
import { ACCOUNT_LIST_LIMIT, listAccounts } from '@/lib/accounts/queries';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const admin = await requireAccountManager(locale);
  const sp = await searchParams;
  const q = typeof sp.q === 'string' ? sp.q.slice(0, 100) : '';
  const [t, accounts] = await Promise.all([getTranslations('accounts'), listAccounts(admin, q)]);
  return (
    <>
      <h1>{t('title')}</h1>
      <div className="accounts-layout">
        <section>
          <form method="get" className="accounts-search" role="search">
            <label>
              {t('searchLabel')}
              <input type="search" name="q" defaultValue={q} maxLength={100} />
            </label>
            <button type="submit" className="button">{t('search')}</button>
          </form>
          <AccountTable accounts={accounts} />
          {accounts.length >= ACCOUNT_LIST_LIMIT && <p>{t('limitNote', { count: ACCOUNT_LIST_LIMIT })}</p>}
        </section>
        <AccountCreateForm choices={scopeChoices(admin, null, locale)} />
      </div>
    </>
  );
}
