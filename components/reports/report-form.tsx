'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { toReact } from '@/components/stations/render-react';
import { submitReport } from '@/lib/reports/actions';
import { REPORT_INITIAL as INITIAL, type ReportState } from '@/lib/reports/state';
import { reportFormView } from './report-form-view';
import './reports.css';

// "Report a problem" in the map's panel: the one report form (report-form-view.ts)
// drawn with React, posting to a server action.
export function ReportForm({ stationId }: { stationId: string }) {
  const words = { locale: useLocale(), reports: useTranslations('reports') };
  const idPrefix = useId();
  const [state, action, pending] = useActionState<ReportState, FormData>(submitReport, INITIAL);
  // Keyed by the answer so the fields show what was typed after a refusal.
  const form = { action, key: JSON.stringify(state.values) };
  return toReact(reportFormView({ stationId, state, answered: state !== INITIAL, words, idPrefix, form, pending }));
}
