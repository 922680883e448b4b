import { getTranslations } from 'next-intl/server';
import { requireAdmin } from '@/lib/auth/session';
import { CRS_LIST } from '@/lib/geo/crs';
import { COLUMNS, TEMPLATE_HEADERS } from '@/lib/import/headers';
import { labelsFor } from '@/lib/import/vocab-labels';
import { AMENITIES, ENTRY_MODES, KINDS, STATUSES } from '@/lib/stations/vocab';
import { ImportForm, type ImportLabels } from './import-form';
import './import.css';

type Props = { params: Promise<{ locale: string }> };

const LABEL_KEYS = [
  'file', 'crsLabel', 'dryRun', 'apply', 'working', 'progress', 'previewTitle', 'appliedTitle', 'counts', 'rejectedTitle',
  'row', 'column', 'reason', 'more', 'applyNote', 'nothing', 'warningsTitle', 'warningsMore', 'warned', 'remembered', 'forget',
  'mappingTitle', 'mappingIntro', 'headersTitle', 'header', 'readAs', 'ignore', 'unmapped', 'valuesTitle', 'value', 'rows', 'field', 'means',
  'leaveUnknown', 'rerun', 'valueFields', 'how',
] as const;

export default async function ImportPage({ params }: Props) {
  const { locale } = await params;
  await requireAdmin(locale);
  const t = await getTranslations('dataImport');
  const labels = Object.fromEntries(LABEL_KEYS.map((k) => [k, t.raw(k) as unknown])) as ImportLabels;
  const crsOptions = CRS_LIST.map((c) => ({ value: c, label: t(`crs.${c}`) }));
  const lang = locale === 'en' ? 'en' : 'zh-CN';
  // A template column by the template's header in this language, with the name the command line's --map takes.
  const columns = COLUMNS.map((c) => ({ value: c, label: `${TEMPLATE_HEADERS[lang][c]} (${c})` }));
  const words = labelsFor(lang);
  const vocab = {
    kind: KINDS.map((c) => ({ value: c, label: words.kind(c) })),
    status: STATUSES.map((c) => ({ value: c, label: words.status(c) })),
    amenity: AMENITIES.map((c) => ({ value: c, label: words.amenity(c) })),
    entry: ENTRY_MODES.map((c) => ({ value: c, label: words.entry(c) })),
  };
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
      <ImportForm locale={lang} labels={labels} crsOptions={crsOptions} columns={columns} vocab={vocab} />
    </>
  );
}
