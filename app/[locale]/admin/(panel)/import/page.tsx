import { getTranslations } from 'next-intl/server';
import { requireAdmin } from '@/lib/auth/session';
import { CRS_LIST } from '@/lib/geo/crs';
import { ImportForm, type ImportLabels } from './import-form';
import './import.css';

type Props = { params: Promise<{ locale: string }> };

const LABEL_KEYS = [
  'file', 'crsLabel', 'dryRun', 'apply', 'working', 'progress', 'previewTitle', 'appliedTitle', 'counts', 'rejectedTitle',
  'row', 'column', 'reason', 'more', 'applyNote', 'nothing',
] as const;

export default async function ImportPage({ params }: Props) {
  const { locale } = await params;
  await requireAdmin(locale);
  const t = await getTranslations('dataImport');
  const labels = Object.fromEntries(LABEL_KEYS.map((k) => [k, t.raw(k) as string])) as ImportLabels;
  const crsOptions = CRS_LIST.map((c) => ({ value: c, label: t(`crs.${c}`) }));
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <section className="import-template" aria-label={t('template')}>
        <h2>{t('template')}</h2>
        <ul>
          <li><a href="/templates/yizhan-import-zh.csv" download>{t('templateZh')}</a></li>
          <li><a href="/templates/yizhan-import-en.csv" download>{t('templateEn')}</a></li>
        </ul>
        <p>{t('columnsHelp')}</p>
      </section>
      <ImportForm locale={locale === 'en' ? 'en' : 'zh-CN'} labels={labels} crsOptions={crsOptions} />
    </>
  );
}
