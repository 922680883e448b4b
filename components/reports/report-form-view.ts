import { h, type Attrs, type Markup } from '@/components/stations/markup';
import type { ReportState } from '@/lib/reports/state';
import { HONEYPOT_FIELD, REPORT_CATEGORIES, REPORT_TEXT_MAX, type ReportCategory } from '@/lib/reports/vocab';

// "Report a problem", built once for both places that show it: the map's panel
// (React, posting to a server action) and the station page (plain HTML,
// posting to the page itself, no JavaScript). Both answer through
// lib/reports/answer.ts. Folded in a <details> so it costs no space until wanted.
// Once sent, a report is a complaint: the answer says when the county union
// will reply and gives the sender's private link to follow it.

type ReportKey = 'summary' | 'thanks' | 'accepted' | 'follow' | 'keepLink' | 'formLabel' | 'intro' | 'category' | 'honeypot' | 'send' | 'sending'
  | `categories.${ReportCategory}`;
export type ReportWords = { locale: string; reports: (key: ReportKey | 'text', values?: Record<string, string | number>) => string };

export type ReportFormSetup = {
  stationId: string; state: ReportState; answered: boolean; words: ReportWords;
  /** A prefix for the error ids, unique on the page. */
  idPrefix: string;
  /** How the form posts: a server action in React, `method="post"` on the page. */
  form: Attrs;
  pending?: boolean;
};

function fields({ stationId, state, words: w, idPrefix }: ReportFormSetup): Markup[] {
  const t = w.reports;
  const err = (field: 'category' | 'text') => (state.fields[field] ? `${idPrefix}-${field}-error` : undefined);
  const choice = (c: ReportCategory) =>
    h('label', { class: 'report-choice' }, h('input', { type: 'radio', name: 'category', value: c, required: true, checked: state.values.category === c }), ' ', t(`categories.${c}`));
  return [
    h('p', { class: 'muted' }, t('intro')),
    h('input', { type: 'hidden', name: 'stationId', value: stationId }),
    h('input', { type: 'hidden', name: 'locale', value: w.locale }),
    h('fieldset', { 'aria-describedby': err('category') }, h('legend', {}, t('category')), REPORT_CATEGORIES.map(choice)),
    state.fields.category && h('p', { id: err('category'), class: 'field-error' }, state.fields.category),
    h('label', { class: 'report-text' }, t('text', { max: REPORT_TEXT_MAX }),
      h('textarea', { name: 'text', rows: 4, maxlength: REPORT_TEXT_MAX, 'aria-describedby': err('text'), 'aria-invalid': state.fields.text ? 'true' : undefined }, state.values.text)),
    state.fields.text && h('p', { id: err('text'), class: 'field-error' }, state.fields.text),
    // The honeypot: off-screen, out of the tab order and hidden from screen readers.
    h('div', { class: 'report-hp', 'aria-hidden': 'true' },
      h('label', {}, t('honeypot'), h('input', { type: 'text', name: HONEYPOT_FIELD, tabindex: -1, autocomplete: 'off', value: '' }))),
  ];
}

/** "Received, answered by <day>", and the private link: the only way back to it, so the words say to keep it. */
function receipt({ track }: ReportState, t: ReportWords['reports']): Markup {
  if (!track) return h('p', { role: 'status', class: 'report-thanks' }, t('thanks'));
  return h('div', { role: 'status', class: 'report-receipt' },
    h('p', { class: 'report-thanks' }, t('accepted', { date: track.due })),
    h('p', {}, h('a', { href: track.path, class: 'report-track' }, t('follow'))),
    h('p', { class: 'muted' }, t('keepLink')));
}

export function reportFormView(setup: ReportFormSetup): Markup {
  const { state, answered, words: w, form, pending = false } = setup;
  const t = w.reports;
  const body = state.done
    ? receipt(state, t)
    : h('form', { ...form, 'aria-label': t('formLabel'), class: 'report-form' },
      fields(setup),
      state.error && h('p', { role: 'alert', class: 'form-error' }, state.error),
      h('button', { type: 'submit', class: 'button primary', disabled: pending }, pending ? t('sending') : t('send')));
  return h('details', { class: 'report-problem', open: answered }, h('summary', {}, t('summary')), body);
}
