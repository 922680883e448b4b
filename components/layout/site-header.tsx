import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

export function SiteHeader() {
  const t = useTranslations('header');
  const locale = useLocale();
  const other = locale === 'en' ? 'zh-CN' : 'en';
  return (
    <header className="site-header">
      <a className="skip-link" href="#station-list">
        {t('skipToList')}
      </a>
      <Link href="/" className="brand">
        <span className="brand-name">{t('brand')}</span> <span className="brand-tagline">{t('tagline')}</span>
      </Link>
      <Link href="/" locale={other} className="lang-switch" hrefLang={other} lang={other}>
        {t('otherLanguage')}
      </Link>
    </header>
  );
}
