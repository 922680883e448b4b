/** @jsxImportSource hono/jsx */
import 'server-only';
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { careSwitchHref } from '@/lib/care/mode';
import { favouriteScript } from './favourite-script';
import { bootScript } from './inline-script';
import { otherLocale, sitePath, type Words } from './words';

// The whole HTML document around the station page: what app/[locale]/layout.tsx,
// its metadata and components/layout/* give the React pages (head, site header,
// sample and offline notices), without React. Metadata URLs are absolute, as Next
// writes them from metadataBase.

export type Head = { title: string; description: string; path: string; altPath: string; share?: Share };
export type Share = { title: string; description: string; image: { url: string; width: number; height: number; type: string; alt: string } };

function ShareTags({ share, url, w }: { share: Share; url: string; w: Words }) {
  const i = share.image;
  return (
    <>
      <meta property="og:title" content={share.title} />
      <meta property="og:description" content={share.description} />
      <meta property="og:url" content={url} />
      <meta property="og:site_name" content={w.meta('title')} />
      <meta property="og:locale" content={w.locale === 'en' ? 'en_US' : 'zh_CN'} />
      <meta property="og:image" content={i.url} />
      <meta property="og:image:width" content={String(i.width)} />
      <meta property="og:image:height" content={String(i.height)} />
      <meta property="og:image:alt" content={i.alt} />
      <meta property="og:image:type" content={i.type} />
      <meta property="og:type" content="website" />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={share.title} />
      <meta name="twitter:description" content={share.description} />
      <meta name="twitter:image" content={i.url} />
      <meta name="twitter:image:width" content={String(i.width)} />
      <meta name="twitter:image:height" content={String(i.height)} />
      <meta name="twitter:image:alt" content={i.alt} />
      {/* WeChat's older crawler, and other Chinese apps, read schema.org microdata (the <head> is the item). */}
      <meta itemprop="name" content={share.title} />
      <meta itemprop="description" content={share.description} />
      <meta itemprop="image" content={i.url} />
    </>
  );
}

/** `care`: care mode (关怀模式, lib/care/mode.ts) is on; its switch comes back to `path`, this page. */
function SiteHeader({ w, altPath, path, care }: { w: Words; altPath: string; path: string; care: boolean }) {
  const t = w.header;
  const other = otherLocale(w.locale);
  return (
    <header class="site-header">
      <a class="skip-link skip-main" href="#main">{t('skipToMain')}</a>
      <a href={sitePath(w.locale)} class="brand">
        <span class="brand-name">{t('brand')}</span> <span class="brand-tagline">{t('tagline')}</span>
      </a>
      <nav aria-label={t('nav')} class="site-nav">
        {/* In care mode the home page is the simple first screen: "地图" still means the map. */}
        <a href={sitePath(w.locale, care ? '?map=1' : '')}>{t('map')}</a>
        <a href={sitePath(w.locale, '/coverage')}>{t('coverage')}</a>
        <a href={sitePath(w.locale, '/stats')}>{t('stats')}</a>
        <a href={sitePath(w.locale, '/api-docs')}>{t('api')}</a>
      </nav>
      <a href={altPath} class="lang-switch" hreflang={other} lang={other}>{t('otherLanguage')}</a>
      <a href={careSwitchHref(sitePath(w.locale, '/care'), !care, path)} class="care-switch" rel="nofollow">{w.care(care ? 'switchOn' : 'switchOff')}</a>
    </header>
  );
}

type Props = { w: Words; head: Head; site: string; css: string; nonce: string | null; sample: boolean; script: boolean; care?: boolean; children: Child };

export function StationDocument({ w, head, site, css, nonce, sample, script, care = false, children }: Props) {
  const abs = (p: string) => new URL(p, site).href;
  const zh = w.locale === 'en' ? head.altPath : head.path;
  const en = w.locale === 'en' ? head.path : head.altPath;
  return (
    <html lang={w.locale} class={care ? 'care' : undefined}>
      <head itemscope itemtype="https://schema.org/WebPage">
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#b91c1c" />
        <title>{head.title}</title>
        <meta name="description" content={head.description} />
        <link rel="manifest" href="/manifest.webmanifest" />
        {head.share && (
          <>
            <link rel="canonical" href={abs(head.path)} />
            <link rel="alternate" hreflang="zh-CN" href={abs(zh)} />
            <link rel="alternate" hreflang="en" href={abs(en)} />
          </>
        )}
        <meta name="mobile-web-app-capable" content="yes" />
        <meta name="apple-mobile-web-app-title" content={w.meta('appName')} />
        <meta name="apple-mobile-web-app-status-bar-style" content="default" />
        {head.share && <ShareTags share={head.share} url={abs(head.path)} w={w} />}
        <link rel="icon" href="/icons/icon-192.png" />
        <link rel="apple-touch-icon" href="/icons/icon-192.png" />
        <style>{raw(css)}</style>
      </head>
      <body>
        <SiteHeader w={w} altPath={head.altPath} path={head.path} care={care} />
        {sample && <p class="sample-notice" role="note">{w.sample('notice')}</p>}
        <div id="offline-notice" aria-live="polite" class="offline-notice"></div>
        {children}
        {script && nonce && (
          // One element: the page has one nonce'd script. The station's "☆ 收藏" first (favourite-script.ts: it
          // throws nothing, and on a page without the button does nothing), then the worker and the offline notice.
          <script nonce={nonce}>{raw(`${favouriteScript()};${bootScript({ notice: w.offline.raw('notice') as string, locale: w.locale, region: 'offline-notice' })}`)}</script>
        )}
      </body>
    </html>
  );
}
