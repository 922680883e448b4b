import 'server-only';
import { reportFormView } from '@/components/reports/report-form-view';
import type { ReportState } from '@/lib/reports/state';
import { toHono } from './render-markup';
import type { Words } from './words';

/**
 * "Report a problem" on the station page, with no JavaScript: the one report form
 * (components/reports/report-form-view.ts) as plain HTML, posting to the page's own
 * URL (the route's POST), which answers with the page again, the thanks or the refusal inline.
 */
export function ReportForm({ stationId, state, answered, w }: { stationId: string; state: ReportState; answered: boolean; w: Words }) {
  return toHono(reportFormView({ stationId, state, answered, words: w, idPrefix: 'report', form: { method: 'post' } }));
}
