import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SampleNotice } from '@/components/layout/sample-notice';
import { SiteHeader } from '@/components/layout/site-header';
import { OfflineNotice } from '@/components/pwa/offline-notice';
import { ServiceWorker } from '@/components/pwa/service-worker';
import { clientMessages, PUBLIC_NAMESPACES } from '@/i18n/client-messages';
import { careMode } from '@/lib/care/server';
import { env } from '@/lib/env';
import { routing } from '@/i18n/routing';
import '../globals.css';
import '@/components/care/care.css';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'meta' });
  return {
    metadataBase: new URL(env.SITE_URL),
    title: t('title'),
    description: t('description'),
    alternates: { languages: { 'zh-CN': '/', en: '/en' } },
    // Installable (app/manifest.ts); iOS reads its own tags rather than the manifest.
    manifest: '/manifest.webmanifest',
    icons: { icon: '/icons/icon-192.png', apple: '/icons/icon-192.png' },
    appleWebApp: { capable: true, title: t('appName') },
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#b91c1c' };

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  // Care mode (关怀模式, lib/care/mode.ts): a class the CSS keys on, from the device's cookie, on every page.
  const care = await careMode();
  return (
    <html lang={locale} className={care ? 'care' : undefined}>
      <body>
        <NextIntlClientProvider messages={await clientMessages(PUBLIC_NAMESPACES)}>
          <SiteHeader care={care} />
          {/* Not streamed: without JavaScript a streamed notice would stay hidden. */}
          <SampleNotice />
          <OfflineNotice />
          {children}
          <ServiceWorker />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
