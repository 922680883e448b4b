import { divisionName } from '@/lib/accounts/divisions';
import { CHINA_CODE } from '@/lib/divisions/catalog';
import type { PublicAlert, WeatherKind } from './vocab';

// An alert as the public sees it (the API and the map's banner): no author, no id.

export type AlertRow = { id: string; kind: WeatherKind; divisionCode: string; startsAt: Date; endsAt: Date; note: string };
export type { PublicAlert };

/** "上饶市横峰县", "上饶市", "江西省" (and in English); 100000 is the whole country. */
export function regionName(code: string, locale: 'zh-CN' | 'en'): string {
  if (code === CHINA_CODE) return locale === 'en' ? 'All of China' : '全国';
  return divisionName(code, locale);
}

export function toPublicAlert(a: AlertRow): PublicAlert {
  return {
    kind: a.kind, divisionCode: a.divisionCode, divisionName: regionName(a.divisionCode, 'zh-CN'), divisionNameEn: regionName(a.divisionCode, 'en'),
    startsAt: a.startsAt.toISOString(), endsAt: a.endsAt.toISOString(), note: a.note,
  };
}
