import 'server-only';
import { getTranslations } from 'next-intl/server';
import { CARE_SCREEN_KEYS, type CareWords } from './words';

/** The first screen's words as written (placeholders unfilled: the client fills them, ./words.ts fill). */
export async function careWords(locale: string): Promise<CareWords> {
  const t = await getTranslations({ locale, namespace: 'care' });
  return Object.fromEntries(CARE_SCREEN_KEYS.map((key) => [key, String(t.raw(key))])) as CareWords;
}
