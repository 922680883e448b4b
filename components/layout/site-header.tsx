import { useLocale, useTranslations } from 'next-intl';
import { Suspense } from 'react';
import { Link } from '@/i18n/navigation';
import { LanguageSwitch } from './language-switch';

export function SiteHeader() {
  const t = useTranslations('header');
  const locale = useLocale();
  const other = locale === 'en' ? 'zh-CN' : 'en';
  const fallback = (
    <Link href="/" locale={other} className="lang-switch" hrefLang={other} lang={other}>
      {t('otherLanguage')}
    </Link>
  );
  return (
    <header className="site-header">
      <a className="skip-link" href="#station-list">
        {t('skipToList')}
      </a>
      <Link href="/" className="brand">
        <span className="brand-name">{t('brand')}</span> <span className="brand-tagline">{t('tagline')}</span>
      </Link>
      <nav aria-label={t('nav')} className="site-nav">
        <Link href="/">{t('map')}</Link>
        <Link href="/coverage">{t('coverage')}</Link>
        <Link href="/stats">{t('stats')}</Link>
        <Link href="/api-docs">{t('api')}</Link>
      </nav>
      <Suspense fallback={fallback}>
        <LanguageSwitch locale={other} label={t('otherLanguage')} />
      </Suspense>
    </header>
  );
}
