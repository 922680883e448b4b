import { notFound } from 'next/navigation';
import { redirect } from '@/i18n/navigation';
import { regionCodeSchema } from '@/lib/coverage/schema';
import { division } from '@/lib/divisions/catalog';

type Props = { params: Promise<{ locale: string; code: string }> };

// /coverage/410000 (a path for any division) is /coverage?region=410000, and
// /coverage/410102 is /coverage?county=410102: one page, one set of URLs to cache.
export default async function CoverageByPath({ params }: Props) {
  const { locale, code } = await params;
  const parsed = regionCodeSchema.safeParse(code);
  const d = parsed.success ? division(parsed.data) : undefined;
  if (!d) notFound();
  redirect({ href: `/coverage?${d.level === 'county' && d.code !== '100000' ? 'county' : 'region'}=${d.code}`, locale });
}
