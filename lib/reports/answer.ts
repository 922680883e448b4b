import 'server-only';
import { getTranslations } from 'next-intl/server';
import { dueDayLabel } from '@/lib/complaints/due';
import { complaintPath } from '@/lib/complaints/token';
import { isDbUnavailable } from '@/lib/db-errors';
import { requestClient } from '@/lib/security/request-client';
import { submitReportForm } from './form-actions';
import type { ReportState } from './state';
import { REPORT_TEXT_MAX } from './vocab';

// One answer to the public "Report a problem" form, in words: shared by the
// server action of the map's panel (actions.ts) and the station page's plain
// POST (app/[locale]/stations/[id]/route.ts), so both validate, rate-limit and
// honour the honeypot the same way. Once sent, the answer carries the
// private link to follow the complaint and the day it is due.

const EMPTY = { category: '', text: '' };

export async function answerReport(form: FormData, requestHeaders: Headers): Promise<ReportState> {
  const raw = Object.fromEntries(form);
  const locale = raw.locale === 'en' ? 'en' : 'zh-CN';
  const t = await getTranslations({ locale, namespace: 'reports' });
  const values = { category: String(raw.category ?? '').slice(0, 40), text: String(raw.text ?? '').slice(0, REPORT_TEXT_MAX * 2) };
  const refuse = (error: string | null, fields: ReportState['fields'] = {}): ReportState => ({ done: false, error, fields, values, track: null });
  // The database briefly away: the form comes back with what was typed and asks to send it again.
  const result = await submitReportForm(form, requestClient(requestHeaders)).catch((e: unknown) => {
    if (isDbUnavailable(e)) return null;
    throw e;
  });
  if (!result) return refuse(t('errors.failed'));
  if (result.kind === 'invalid') {
    const fields = Object.fromEntries(Object.entries(result.errors).map(([k, v]) => [k, t(`errors.${v}`, { max: REPORT_TEXT_MAX })]));
    return refuse(fields.stationId ?? null, fields);
  }
  if (result.kind === 'station') return refuse(t('errors.station'));
  if (result.kind !== 'done') return refuse(t(`errors.${result.kind}`, { minutes: Math.ceil(result.waitS / 60) }));
  return { done: true, error: null, fields: {}, values: EMPTY, track: { path: complaintPath(locale, result.token), due: dueDayLabel(result.dueAt, locale) } };
}
