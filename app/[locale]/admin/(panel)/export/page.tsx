import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { requireAdmin } from '@/lib/auth/session';
import { listQueryParams, parseListQuery } from '@/lib/stations/admin/list-query';

// Downloads of the station list with the filters it was opened with
// (/admin/export?county=…&kind=… from the list), within the admin's scope.

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ExportPage({ params, searchParams }: Props) {
  const { locale } = await params;
  await requireAdmin(locale);
  const t = await getTranslations('dataImport');
  const filters = listQueryParams(parseListQuery(await searchParams));
  const href = (format: string) => {
    const q = new URLSearchParams(filters);
    q.set('format', format);
    q.set('locale', locale === 'en' ? 'en' : 'zh-CN');
    return `/api/export/admin?${q}`;
  };
  return (
    <>
      <h1>{t('exportTitle')}</h1>
      <p>{t('exportIntro')}</p>
      <ul>
        <li><a href={href('csv')} download>{t('exportCsv')}</a></li>
        <li><a href={href('xlsx')} download>{t('exportXlsx')}</a></li>
        <li><a href={href('geojson')} download>{t('exportGeojson')}</a></li>
      </ul>
      <p><Link href="/admin/import">{t('title')}</Link></p>
    </>
  );
}
