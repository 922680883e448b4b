'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { submitReport } from '@/lib/reports/actions';
import { REPORT_INITIAL as INITIAL, type ReportState } from '@/lib/reports/state';
import { HONEYPOT_FIELD, REPORT_CATEGORIES, REPORT_TEXT_MAX } from '@/lib/reports/vocab';
import './reports.css';

// "Report a problem" for the public in the map's panel: a form posting to a
// server action. The station page (no React) has the same form in
// components/station-page/report-form.tsx, posting to the page itself; both
// answer through lib/reports/answer.ts. Folded in a <details> so it costs no
// space until wanted.
export function ReportForm({ stationId }: { stationId: string }) {
  const t = useTranslations('reports');
  const locale = useLocale();
  const id = useId();
  const [state, action, pending] = useActionState<ReportState, FormData>(submitReport, INITIAL);
  const answered = state !== INITIAL;
  const err = (field: 'category' | 'text') => (state.fields[field] ? `${id}-${field}-error` : undefined);
  return (
    <details className="report-problem" open={answered || undefined}>
      <summary>{t('summary')}</summary>
      {state.done ? (
        <p role="status" className="report-thanks">{t('thanks')}</p>
      ) : (
        // Keyed by the answer so the fields show what was typed after a refusal.
        <form key={JSON.stringify(state.values)} action={action} aria-label={t('formLabel')} className="report-form">
          <p className="muted">{t('intro')}</p>
          <input type="hidden" name="stationId" value={stationId} />
          <input type="hidden" name="locale" value={locale} />
          <fieldset aria-describedby={err('category')}>
            <legend>{t('category')}</legend>
            {REPORT_CATEGORIES.map((c) => (
              <label key={c} className="report-choice">
                <input type="radio" name="category" value={c} required defaultChecked={state.values.category === c} /> {t(`categories.${c}`)}
              </label>
            ))}
          </fieldset>
          {state.fields.category && <p id={err('category')} className="field-error">{state.fields.category}</p>}
          <label className="report-text">
            {t('text', { max: REPORT_TEXT_MAX })}
            <textarea name="text" rows={4} maxLength={REPORT_TEXT_MAX} defaultValue={state.values.text} aria-describedby={err('text')} aria-invalid={!!state.fields.text || undefined} />
          </label>
          {state.fields.text && <p id={err('text')} className="field-error">{state.fields.text}</p>}
          {/* The honeypot: off-screen, out of the tab order and hidden from screen readers. */}
          <div className="report-hp" aria-hidden="true">
            <label>
              {t('honeypot')}
              <input type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
            </label>
          </div>
          {state.error && <p role="alert" className="form-error">{state.error}</p>}
          <button type="submit" className="button primary" disabled={pending}>{pending ? t('sending') : t('send')}</button>
        </form>
      )}
    </details>
  );
}
