import 'server-only';
import { getTranslations } from 'next-intl/server';
import { stationPlace } from '@/lib/divisions/place-label';
import { env } from '@/lib/env';
import { formatSchedule, type WeekSchedule } from '@/lib/hours-format';
import { cachedPng, type Png } from '@/lib/share-card/png-cache';
import { gated } from '@/lib/share-card/render-gate';
import type { CardStation } from '@/lib/share-card/queries';
import { loadWords, stationPath, type PageLocale } from '@/components/station-page/words';
import { CARD_HEIGHT, CARD_WIDTH, type CardText } from './card';
import { renderCard } from './render';

// A station's share card: its words in the page's language, its URL for the page's
// og:image, and its PNG (rendered once, then cached: lib/share-card/png-cache.ts).

/** Raised when the card's look changes, so that crawlers holding the old picture by its URL fetch the new one. */
const CARD_DESIGN = 1;

/** Open round the clock every day of the week: the one schedule formatSchedule words "24小时开放". */
const isAllDay = (schedule: WeekSchedule) =>
  schedule.length === 1 && schedule[0]!.days.length === 7
  && schedule[0]!.intervals.length === 1 && schedule[0]!.intervals[0]!.from === '00:00' && schedule[0]!.intervals[0]!.to === '24:00';

async function words(locale: PageLocale) {
  const [w, t] = await Promise.all([loadWords(locale), getTranslations({ locale, namespace: 'shareCard' })]);
  return { w, t };
}

/** What the card says. The week's hours, not today's: a card is seen for days after it is shared. */
export async function cardText(locale: PageLocale, s: CardStation): Promise<CardText> {
  const { w, t } = await words(locale);
  const schedule = formatSchedule(s.schedule, locale);
  const allDay = isAllDay(s.schedule);
  return {
    brand: `${w.header('brand')} · ${w.header('tagline')}`,
    name: s.name,
    where: `${w.kinds(s.kind)} · ${stationPlace(s, locale)}`,
    hours: !schedule ? '' : allDay ? schedule : t('hours', { hours: schedule }),
    allDay,
    host: new URL(env.SITE_URL).host,
  };
}

/** The card's path: the station page's own, plus the version of what it shows, so an edit gives a new URL. */
export function cardPath(locale: PageLocale, s: Pick<CardStation, 'id' | 'updatedAt'>): string {
  const v = `${CARD_DESIGN}-${(Date.parse(s.updatedAt) || 0).toString(36)}`;
  return `${stationPath(locale, s.id)}/og.png?v=${v}`;
}

/** The page's og:image: absolute (crawlers need it so), with its size and a description. */
export async function shareImage(locale: PageLocale, s: CardStation) {
  const { w, t } = await words(locale);
  const where = `${w.kinds(s.kind)} · ${stationPlace(s, locale)}`;
  return {
    url: new URL(cardPath(locale, s), env.SITE_URL).href, width: CARD_WIDTH, height: CARD_HEIGHT, type: 'image/png',
    alt: t('alt', { name: s.name, where }),
  };
}

/** The card's PNG, rendered at most once per station, language, design and words; CardsBusyError when too many are being drawn. */
export async function stationCardPng(locale: PageLocale, s: CardStation): Promise<Png> {
  const text = await cardText(locale, s);
  const key = JSON.stringify([CARD_DESIGN, locale, s.id, text]);
  return cachedPng(key, () => gated(async () => (await renderCard(text)).png));
}
