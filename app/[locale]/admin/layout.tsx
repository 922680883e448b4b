import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { ADMIN_NAMESPACES, clientMessages } from '@/i18n/client-messages';

// Sign-in and the admin panel: their forms' strings on top of the public ones.
export default async function AdminMessagesLayout({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider messages={await clientMessages(ADMIN_NAMESPACES)}>{children}</NextIntlClientProvider>;
}
