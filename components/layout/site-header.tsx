import { useLocale, useTranslations } from 'next-intl';
import { Suspense } from 'react';
import { CareSwitch, CareSwitchLink } from '@/components/care/care-switch';
import { getPathname, Link } from '@/i18n/navigation';
import { careSwitchHref } from '@/lib/care/mode';
import { LanguageSwitch } from './language-switch';

/** `care`: the page is in care mode (关怀模式), so the switch offers to turn it off. */
export function SiteHeader({ care = false }: { care?: boolean }) {
  const t = useTranslations('header');
  const careLabel = useTranslations('care')(care ? 'switchOn' : 'switchOff');
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
        {/* In care mode the home page is the simple first screen: "地图" still means the map. */}
        <Link href={care ? { pathname: '/', query: { map: '1' } } : '/'} prefetch={false}>{t('map')}</Link>
        <Link href="/coverage" prefetch={false}>{t('coverage')}</Link>
        <Link href="/stats" prefetch={false}>{t('stats')}</Link>
        <Link href="/api-docs" prefetch={false}>{t('api')}</Link>
      </nav>
      <Suspense fallback={fallback}>
        <LanguageSwitch locale={other} label={t('otherLanguage')} />
      </Suspense>
      <Suspense fallback={<CareSwitchLink href={careSwitchHref(getPathname({ href: '/care', locale }), !care, getPathname({ href: '/', locale }))} label={careLabel} />}>
        <CareSwitch on={care} label={careLabel} />
      </Suspense>
    </header>
  );
}
