'use server';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { clientIp } from '@/lib/auth/throttle';
import { createReport, reportableStation } from './mutations';
import { readReport, type ReportFieldErrors } from './schema';
import { takeReportSlot } from './throttle';
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
  const read = readReport(raw);
  // A bot sees the same thanks as a person, so it learns nothing.
  if (read.kind === 'spam') return DONE;
  if (read.kind === 'invalid') {
    const fields = Object.fromEntries(Object.entries(read.errors).map(([k, v]) => [k, t(`errors.${v}`, { max: REPORT_TEXT_MAX })]));
    return refuse(fields.stationId ?? null, fields);
  }
  const station = await reportableStation(read.data.stationId);
  if (!station) return refuse(t('errors.station'));
  const wait = await takeReportSlot(clientIp(await headers()));
  if (wait > 0) return refuse(t('errors.tooMany', { minutes: Math.ceil(wait / 60) }));
  await createReport(read.data, station.countyCode);
  return DONE;
}
