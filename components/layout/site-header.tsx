import { useLocale, useTranslations } from 'next-intl';
import { Suspense } from 'react';
import { Link } from '@/i18n/navigation';
import { LanguageSwitch } from './language-switch';

export function SiteHeader() {
  const t = useTranslations('header');
  const locale = useLocale();
  const other = locale === 'en' ? 'zh-CN' : 'en';
  const fallback = (
    <Link href="/" locale={other} prefetch={false} className="lang-switch" hrefLang={other} lang={other}>
      {t('otherLanguage')}
    </Link>
  );
  return (
    <header className="site-header">
      <a className="skip-link" href="#station-list">
        {t('skipToList')}
      </a>
      <Link href="/" className="brand" prefetch={false}>
        <span className="brand-name">{t('brand')}</span> <span className="brand-tagline">{t('tagline')}</span>
      </Link>
      {/* No prefetching: on a metered, weak connection the worker pays for pages never opened. */}
      <nav aria-label={t('nav')} className="site-nav">
        <Link href="/" prefetch={false}>{t('map')}</Link>
        <Link href="/coverage" prefetch={false}>{t('coverage')}</Link>
        <Link href="/stats" prefetch={false}>{t('stats')}</Link>
        <Link href="/api-docs" prefetch={false}>{t('api')}</Link>
      </nav>
      <Suspense fallback={fallback}>
        <LanguageSwitch locale={other} label={t('otherLanguage')} />
      </Suspense>
    </header>
  );
}
