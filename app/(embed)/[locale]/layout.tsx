import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { clientMessages, EMBED_NAMESPACES } from '@/i18n/client-messages';
import { routing } from '@/i18n/routing';
import { env } from '@/lib/env';
import '../../globals.css';
import '@/components/embed/embed.css';

// /embed lives in its own route group so that it shares nothing of the site's
// layout (app/[locale]/layout.tsx): no header, no sample notice, only the map
// strings in the page. It is the only page other sites may frame (proxy.ts).

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export const metadata: Metadata = { metadataBase: new URL(env.SITE_URL), robots: { index: false } };
export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#b91c1c' };

export default async function EmbedLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  return (
    <html lang={locale}>
      <body className="embed-body">
        <NextIntlClientProvider messages={await clientMessages(EMBED_NAMESPACES)}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
