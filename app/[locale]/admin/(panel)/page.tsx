import { getTranslations } from 'next-intl/server';
import { requireAdmin } from '@/lib/auth/session';

// Placeholder until the station list lands (issue 3).
export default async function AdminHome({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  await requireAdmin(locale);
  const t = await getTranslations('admin');
  return <h1>{t('stations')}</h1>;
}
