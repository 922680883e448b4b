'use server';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { clientIp } from '@/lib/auth/throttle';
import { submitReportForm } from './form-actions';
import type { ReportFieldErrors } from './schema';
import { REPORT_TEXT_MAX } from './vocab';

// The public "Report a problem" form posts here, from the station page (with or
// without JavaScript) and from the map's panel. Lives in lib/ because both
// routes use it. No sign-in: the honeypot and a per-address limit keep it sane.

/** `values` gives the form back what was typed: React resets a form after its action runs. */
export type ReportState = { done: boolean; error: string | null; fields: ReportFieldErrors; values: { category: string; text: string } };

const DONE: ReportState = { done: true, error: null, fields: {}, values: { category: '', text: '' } };

export async function submitReport(_prev: ReportState, form: FormData): Promise<ReportState> {
  const raw = Object.fromEntries(form);
  const t = await getTranslations({ locale: raw.locale === 'en' ? 'en' : 'zh-CN', namespace: 'reports' });
  const values = { category: String(raw.category ?? '').slice(0, 40), text: String(raw.text ?? '').slice(0, REPORT_TEXT_MAX * 2) };
  const refuse = (error: string | null, fields: ReportState['fields'] = {}): ReportState => ({ done: false, error, fields, values });
  const result = await submitReportForm(form, clientIp(await headers()));
  if (result.kind === 'invalid') {
    const fields = Object.fromEntries(Object.entries(result.errors).map(([k, v]) => [k, t(`errors.${v}`, { max: REPORT_TEXT_MAX })]));
    return refuse(fields.stationId ?? null, fields);
  }
  if (result.kind === 'station') return refuse(t('errors.station'));
  if (result.kind === 'tooMany') return refuse(t('errors.tooMany', { minutes: Math.ceil(result.waitS / 60) }));
  return DONE;
}
