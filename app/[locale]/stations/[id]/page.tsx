import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { StationPhotos } from '@/components/photos/station-photos';
import { ReportForm } from '@/components/reports/report-form';
import { StationDetails } from '@/components/stations/station-details';
import { Link } from '@/i18n/navigation';
import { env } from '@/lib/env';
import { formatSchedule } from '@/lib/hours';
import { publicPhotos } from '@/lib/photos/queries';
import { getPublicStation } from '@/lib/stations/queries';
import { stationIdSchema } from '@/lib/stations/schema';

type Props = { params: Promise<{ locale: string; id: string }> };

// Works with no JavaScript at all, and is what a shared link opens.
const load = cache(async (id: string) => {
  await connection();
  const parsed = stationIdSchema.safeParse(id);
  return parsed.success ? getPublicStation(parsed.data, new Date()) : null;
});

/** The site-wide share image (public/og-image.png, scripts/make-og-image.tsx): no Chinese text, so no font to ship. */
const SHARE_IMAGE = { url: '/og-image.png', width: 1200, height: 630, type: 'image/png' } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const station = await load(id);
  if (!station) return {};
  const tk = await getTranslations({ locale, namespace: 'kinds' });
  const t = await getTranslations({ locale, namespace: 'meta' });
  const description = t('stationDescription', {
    kind: tk(station.kind), county: `${station.cityName}${station.countyName}`, address: station.address,
    hours: formatSchedule(station.schedule, locale === 'en' ? 'en' : 'zh-CN'),
  });
  const path = `${locale === 'en' ? '/en' : ''}/stations/${station.id}`;
  const image = { ...SHARE_IMAGE, url: new URL(SHARE_IMAGE.url, env.SITE_URL).href, alt: t('shareImageAlt') };
  return {
    title: `${station.name} · ${t('title')}`,
    description,
    alternates: { canonical: path },
    openGraph: {
      title: station.name, description, url: path, type: 'website', siteName: t('title'),
      locale: locale === 'en' ? 'en_US' : 'zh_CN', images: [image],
    },
    twitter: { card: 'summary_large_image', title: station.name, description, images: [image] },
  };
}

export default async function StationPage({ params }: Props) {
  const { id } = await params;
  const station = await load(id);
  if (!station) notFound();
  const t = await getTranslations('station');
  return (
    <main className="station-page">
      <p>
        <Link href="/">← {t('backToMap')}</Link>
      </p>
      <StationDetails station={station} now={new Date()} headingLevel={1} />
      <StationPhotos name={station.name} photos={await publicPhotos(station.id)} headingLevel={2} />
      <ReportForm stationId={station.id} />
      <p>
        <Link href={`/?s=${station.id}&at=${station.lat},${station.lng},16`}>{t('showOnMap')}</Link>
      </p>
      <p className="muted">
        {t('coords')}: {station.lat.toFixed(6)}, {station.lng.toFixed(6)}
      </p>
    </main>
  );
}
