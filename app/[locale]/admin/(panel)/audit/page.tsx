import { getTranslations } from 'next-intl/server';
import { AuditFilterForm } from '@/components/admin/audit/audit-filters';
import { AuditTable } from '@/components/admin/audit/audit-table';
import '@/components/admin/audit/audit.css';
import { Link } from '@/i18n/navigation';
import { requireLogReader } from '@/lib/accounts/guard';
import { filterParams, parseAuditFilters } from '@/lib/audit-log/filters';
import { auditPage } from '@/lib/audit-log/queries';
import { countiesInScope } from '@/lib/stations/admin/scope';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const admin = await requireLogReader(locale);
  const { filters, errors, cursor } = parseAuditFilters(await searchParams);
  const [t, { rows, next }] = await Promise.all([getTranslations('auditLog'), auditPage(admin, filters, cursor)]);
  const first = filterParams(filters).toString();
  return (
    <>
      <h1>{t('title')}</h1>
      <AuditFilterForm filters={filters} errors={errors} counties={countiesInScope(admin)} locale={locale} />
      <AuditTable rows={rows} />
      <nav className="audit-pages" aria-label={t('pages')}>
        {cursor && <Link href={`/admin/audit${first ? `?${first}` : ''}`}>{t('firstPage')}</Link>}
        {next && <Link href={`/admin/audit?${filterParams(filters, next).toString()}`}>{t('nextPage')}</Link>}
      </nav>
    </>
  );
}
