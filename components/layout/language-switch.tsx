'use client';
import { useSearchParams } from 'next/navigation';
import { Link, usePathname } from '@/i18n/navigation';

type Props = { locale: 'zh-CN' | 'en'; label: string };

// Switches language on the same page, keeping the view and the selection.
export function LanguageSwitch({ locale, label }: Props) {
  const pathname = usePathname();
  const params = useSearchParams();
  const query = Object.fromEntries(params.entries());
  return (
    <Link href={{ pathname, query }} locale={locale} prefetch={false} className="lang-switch" hrefLang={locale} lang={locale}>
      {label}
    </Link>
  );
}
