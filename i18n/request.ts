import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { routing, type Locale } from './routing';

// messages/<locale>.json holds the public pages' strings; each file in
// messages/<locale>/ adds the namespaces of one area (admin, reports, …).
const cache = new Map<Locale, Record<string, unknown>>();

async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const hit = cache.get(locale);
  if (hit) return hit;
  const messages = { ...(await import(`../messages/${locale}.json`)).default } as Record<string, unknown>;
  const dir = path.join(process.cwd(), 'messages', locale);
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.json')).sort();
  for (const f of files) Object.assign(messages, JSON.parse(await readFile(path.join(dir, f), 'utf8')));
  cache.set(locale, messages);
  return messages;
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, timeZone: 'Asia/Shanghai', messages: await loadMessages(locale) };
});
