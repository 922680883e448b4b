import { defineRouting } from 'next-intl/routing';

// Chinese at "/", English at "/en". No Accept-Language redirect: a shared
// Chinese link must open in Chinese for everyone.
export const routing = defineRouting({
  locales: ['zh-CN', 'en'],
  defaultLocale: 'zh-CN',
  localePrefix: 'as-needed',
  localeDetection: false,
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];
