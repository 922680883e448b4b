import en from '@/messages/en/services.json';
import zh from '@/messages/zh-CN/services.json';
import { serviceSchema } from '@/lib/services/schema';
import { formatServicesText, splitServicesText } from '@/lib/services/text-form';
import { SERVICE_KINDS, type Service, type ServiceKind } from '@/lib/services/vocab';
import { normLabel, type Locale } from './vocab-labels';

// The services column: 法律援助@Tu,Th 14:00-17:00(带身份证); 理发@Sa 09:00-12:00
// (lib/services/text-form.ts). A service is named by its code, its label in
// either language or a word union lists use. An item that cannot be read (an
// unknown name, no @, hours the station schema refuses, an "other" without a
// note) is left out and named, never guessed at.

const WORDS: Record<ServiceKind, readonly string[]> = {
  legal_aid: ['法律咨询', '法律服务', '法律援助服务', '免费法律咨询', 'legal advice'],
  haircut: ['义剪', '剪发', '免费理发', '爱心理发', 'haircuts', 'hair cut'],
  discounted_meals: ['优惠餐', '平价餐', '低价餐', '爱心午餐', '爱心早餐', '暖心餐', 'discounted meal', 'meals'],
  health_check: ['体检', '健康体检', '义诊', '量血压', '健康检测', 'health checks'],
  donated_goods: ['物资捐赠', '爱心衣橱', '捐赠', '爱心物资', 'donations'],
  battery_swap: ['换电', '换电池', '电池更换', '电单车换电', 'battery swap'],
  other: ['其他', '其它', 'other'],
};

const byWord = new Map<string, ServiceKind>(SERVICE_KINDS.flatMap((k) =>
  [k, zh.services.kinds[k], en.services.kinds[k], ...WORDS[k]].map((w) => [normLabel(w), k] as [string, ServiceKind])));

export type ServicesCell = { services: Service[]; unreadable: string[] };

/** A cell's services; the items it could not read, as written, in `unreadable`. */
export function readServicesCell(cell: string): ServicesCell {
  const out: ServicesCell = { services: [], unreadable: [] };
  for (const item of splitServicesText(cell)) {
    const kind = item.ok ? byWord.get(normLabel(item.label)) : undefined;
    const parsed = item.ok && kind ? serviceSchema.safeParse({ kind, schedule: item.schedule, note: item.note }) : null;
    if (parsed?.success) out.services.push(parsed.data);
    else out.unreadable.push(item.raw);
  }
  return out;
}

/** The cell an export writes: labels in the file's language, read back unchanged by readServicesCell. */
export function servicesCellText(list: readonly Service[], locale: Locale): string {
  const labels = (locale === 'en' ? en : zh).services.kinds;
  return formatServicesText(list, (k) => labels[k]);
}
