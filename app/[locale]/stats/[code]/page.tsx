import { notFound } from 'next/navigation';
import { redirect } from '@/i18n/navigation';
import { regionCodeSchema } from '@/lib/coverage/schema';
import { isKnownDivision } from '@/lib/divisions/catalog';

type Props = { params: Promise<{ locale: string; code: string }> };

// /stats/410000 (a path for any division) is /stats?region=410000.
export default async function StatsByPath({ params }: Props) {
  const { locale, code } = await params;
  const parsed = regionCodeSchema.safeParse(code);
  if (!parsed.success || !isKnownDivision(parsed.data)) notFound();
  redirect({ href: `/stats?region=${parsed.data}`, locale });
}
