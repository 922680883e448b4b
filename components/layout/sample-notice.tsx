import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { sampleRowsExist } from '@/lib/stations/queries';

// Shown on every page while any sample row is in the database, so nobody
// mistakes generated stations for real ones.
export async function SampleNotice() {
  await connection();
  if (!(await sampleRowsExist())) return null;
  const t = await getTranslations('sample');
  return (
    <p className="sample-notice" role="note">
      {t('notice')}
    </p>
  );
}
