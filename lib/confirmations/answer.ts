import 'server-only';
import { getTranslations } from 'next-intl/server';
import { formatMoment } from '@/components/stations/format';
import { isDbUnavailable } from '@/lib/db-errors';
import { requestClient } from '@/lib/security/request-client';
import { confirmStation } from './mutations';
import { confirmationFormSchema } from './schema';
import type { ConfirmState } from './state';

// One answer to a confirmation form, in words: shared by the panel's and list's
// server action (actions.ts) and the station page's plain POST, so both
// validate, rate-limit and say the same. A database away for a moment is said
// as "try again", and nothing was written.

export async function answerConfirm(form: FormData, requestHeaders: Headers): Promise<ConfirmState> {
  const raw = Object.fromEntries(form);
  const t = await getTranslations({ locale: raw.locale === 'en' ? 'en' : 'zh-CN', namespace: 'confirm' });
  const refuse = (error: string, status: number): ConfirmState => ({ done: null, message: null, error, status });
  const parsed = confirmationFormSchema.safeParse(raw);
  if (!parsed.success) return refuse(t(parsed.error.issues[0]?.path[0] === 'kind' ? 'errors.kind' : 'errors.station'), 400);
  const { stationId, kind, locale } = parsed.data;
  try {
    const outcome = await confirmStation(stationId, kind, requestClient(requestHeaders));
    if (outcome.kind === 'station') return refuse(t('errors.station'), 404);
    if (outcome.kind !== 'done') return refuse(t(`errors.${outcome.kind}`, { minutes: Math.ceil(outcome.waitS / 60) }), 429);
    const now = new Date();
    return { done: kind, message: t(`thanks.${kind}`, { time: formatMoment(outcome.at.toISOString(), now, locale) }), error: null, status: 200 };
  } catch (error) {
    if (isDbUnavailable(error)) return refuse(t('errors.retry'), 503);
    throw error;
  }
}
