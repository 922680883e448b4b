import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { ComplaintView } from '@/components/complaints/complaint-view';
import { complaintByToken } from '@/lib/complaints/queries';
import { trackTokenSchema } from '@/lib/complaints/token';

type Props = { params: Promise<{ locale: string; token: string }> };

// A complaint's private page, opened by the link its sender got once
// (lib/complaints/token.ts). Works without JavaScript; never indexed; the
// token never leaves in a Referer. A malformed and an unknown token both
// answer the site's plain 404, with no hint which.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const [t, meta] = await Promise.all([getTranslations({ locale, namespace: 'complaints' }), getTranslations({ locale, namespace: 'meta' })]);
  return { title: `${t('title')} · ${meta('title')}`, robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

export default async function ComplaintPage({ params }: Props) {
  await connection();
  const parsed = trackTokenSchema.safeParse((await params).token);
  if (!parsed.success) notFound();
  const complaint = await complaintByToken(parsed.data);
  if (!complaint) notFound();
  return <ComplaintView complaint={complaint} now={new Date()} />;
}
