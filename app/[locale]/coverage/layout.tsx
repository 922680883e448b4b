import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { clientMessages, COVERAGE_NAMESPACES } from '@/i18n/client-messages';

export default async function CoverageLayout({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider messages={await clientMessages(COVERAGE_NAMESPACES)}>{children}</NextIntlClientProvider>;
}
