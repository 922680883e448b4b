/** @jsxImportSource hono/jsx */
import 'server-only';
import type { ReportState } from '@/lib/reports/state';
import { HONEYPOT_FIELD, REPORT_CATEGORIES, REPORT_TEXT_MAX } from '@/lib/reports/vocab';
import type { Words } from './words';

// "Report a problem" on the station page, with no JavaScript: a plain form
// posting to the page's own URL (the route's POST), answered by the page again
// with the thanks or the refusal inline. Same fields, words and ids as the
// panel's React form (components/reports/report-form.tsx).

const ID = 'report';

export function ReportForm({ stationId, state, answered, w }: { stationId: string; state: ReportState; answered: boolean; w: Words }) {
  const t = w.reports;
  const err = (field: 'category' | 'text') => (state.fields[field] ? `${ID}-${field}-error` : undefined);
  return (
    <details class="report-problem" open={answered}>
      <summary>{t('summary')}</summary>
      {state.done ? (
        <p role="status" class="report-thanks">{t('thanks')}</p>
      ) : (
        <form method="post" aria-label={t('formLabel')} class="report-form">
          <p class="muted">{t('intro')}</p>
          <input type="hidden" name="stationId" value={stationId} />
          <input type="hidden" name="locale" value={w.locale} />
          <fieldset aria-describedby={err('category')}>
            <legend>{t('category')}</legend>
            {REPORT_CATEGORIES.map((c) => (
              <label key={c} class="report-choice">
                <input type="radio" name="category" value={c} required checked={state.values.category === c} /> {t(`categories.${c}`)}
              </label>
            ))}
          </fieldset>
          {state.fields.category && <p id={err('category')} class="field-error">{state.fields.category}</p>}
          <label class="report-text">
            {t('text', { max: REPORT_TEXT_MAX })}
            <textarea name="text" rows={4} maxlength={REPORT_TEXT_MAX} aria-describedby={err('text')} aria-invalid={state.fields.text ? 'true' : undefined}>
              {/* The parser drops a textarea's first newline: this one, so a typed leading newline stays. */}
              {'\n'}
              {state.values.text}
            </textarea>
          </label>
          {state.fields.text && <p id={err('text')} class="field-error">{state.fields.text}</p>}
          {/* The honeypot: off-screen, out of the tab order and hidden from screen readers. */}
          <div class="report-hp" aria-hidden="true">
            <label>
              {t('honeypot')}
              <input type="text" name={HONEYPOT_FIELD} tabindex={-1} autocomplete="off" value="" />
            </label>
          </div>
          {state.error && <p role="alert" class="form-error">{state.error}</p>}
          <button type="submit" class="button primary">{t('send')}</button>
        </form>
      )}
    </details>
  );
}
