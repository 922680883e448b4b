import { getTranslations } from 'next-intl/server';
import type { Translators } from './datasets';

/** The label namespaces the datasets need, in one locale (for the page and the CSV route). */
export async function translators(locale: string): Promise<Translators> {
  const [stats, kinds, statuses, amenities] = await Promise.all(
    ['stats', 'kinds', 'statuses', 'amenities'].map((namespace) => getTranslations({ locale, namespace })),
  );
  const place = (p: { name: string; nameEn: string }) => (locale === 'en' ? p.nameEn : p.name);
  return { stats: stats!, kinds: kinds!, statuses: statuses!, amenities: amenities!, place };
}
