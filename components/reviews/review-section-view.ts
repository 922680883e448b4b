import { formatDate } from '@/components/stations/format';
import { h, type Attrs, type Markup } from '@/components/stations/markup';
import type { ReviewItem, ReviewState } from '@/lib/reviews/state';
import { REVIEW_FORM_NAME, REVIEW_HONEYPOT_FIELD, REVIEW_STARS, REVIEW_TEXT_MAX, type Grade } from '@/lib/reviews/vocab';

// A station's grade, its newest published reviews with the union's replies,
// and the form to write one: built once for the map's panel (React, posting to
// a server action) and the station page (plain HTML, posting to the page
// itself). Both answer through lib/reviews/answer.ts. What the public wrote is
// text here, as everywhere in markup.ts: both renderers escape it.

type Star = (typeof REVIEW_STARS)[number];
type ReviewKey =
  | 'title' | 'grade' | 'none' | 'starsOf' | 'reply' | 'summary' | 'formLabel' | 'intro' | 'starsLegend' | `starChoices.${Star}`
  | 'text' | 'honeypot' | 'send' | 'sending' | 'thanks' | 'track' | 'trackLink';
export type ReviewWords = { locale: string; reviews: (key: ReviewKey, values?: Record<string, string | number>) => string };

export type ReviewSectionSetup = {
  stationId: string; grade: Grade | null; reviews: ReviewItem[]; state: ReviewState; answered: boolean; words: ReviewWords;
  /** 2 on the station page, 3 in the panel (below the station's name). */
  level: 2 | 3;
  /** A prefix for ids, unique on the page. */
  idPrefix: string;
  /** How the form posts: a server action in React, `method="post"` on the page. */
  form: Attrs;
  pending?: boolean;
};

/** "★ 4.3 · 12 条评价", or null without published reviews. */
export const gradeText = (grade: Grade | null, w: ReviewWords): string | null =>
  grade && w.reviews('grade', { stars: grade.stars.toFixed(1), count: grade.count });

const starGlyphs = (n: number) => '★'.repeat(n) + '☆'.repeat(5 - n);

function reviewItem(r: ReviewItem, w: ReviewWords): Markup {
  const t = w.reviews;
  return h('li', { class: 'review-item' },
    h('p', { class: 'review-meta' },
      h('span', { class: 'review-stars', role: 'img', 'aria-label': t('starsOf', { count: r.stars }) }, starGlyphs(r.stars)),
      ' ', h('span', { class: 'muted' }, formatDate(r.createdAt, w.locale))),
    r.text && h('p', { class: 'review-text' }, r.text),
    r.reply && h('div', { class: 'review-reply' }, h('p', { class: 'review-reply-who' }, t('reply')), h('p', { class: 'review-text' }, r.reply)));
}

function fields({ stationId, state, words: w, idPrefix }: ReviewSectionSetup): Markup[] {
  const t = w.reviews;
  const err = (field: 'stars' | 'text') => (state.fields[field] ? `${idPrefix}-${field}-error` : undefined);
  const choice = (n: Star) =>
    h('label', { class: 'review-star-choice' }, h('input', { type: 'radio', name: 'stars', value: String(n), required: true, checked: state.values.stars === String(n) }), ' ', t(`starChoices.${n}`));
  return [
    h('p', { class: 'muted' }, t('intro')),
    h('input', { type: 'hidden', name: 'form', value: REVIEW_FORM_NAME }),
    h('input', { type: 'hidden', name: 'stationId', value: stationId }),
    h('input', { type: 'hidden', name: 'locale', value: w.locale }),
    h('fieldset', { 'aria-describedby': err('stars') }, h('legend', {}, t('starsLegend')), REVIEW_STARS.map(choice)),
    state.fields.stars && h('p', { id: err('stars'), class: 'field-error' }, state.fields.stars),
    h('label', { class: 'review-text-field' }, t('text', { max: REVIEW_TEXT_MAX }),
      h('textarea', { name: 'text', rows: 3, maxlength: REVIEW_TEXT_MAX, 'aria-describedby': err('text'), 'aria-invalid': state.fields.text ? 'true' : undefined }, state.values.text)),
    state.fields.text && h('p', { id: err('text'), class: 'field-error' }, state.fields.text),
    // The honeypot: off-screen, out of the tab order and hidden from screen readers.
    h('div', { class: 'review-hp', 'aria-hidden': 'true' },
      h('label', {}, t('honeypot'), h('input', { type: 'text', name: REVIEW_HONEYPOT_FIELD, tabindex: -1, autocomplete: 'off', value: '' }))),
  ];
}

function answer(setup: ReviewSectionSetup): Markup {
  const { state, words: w, form, pending = false } = setup;
  const t = w.reviews;
  if (state.done) {
    return h('div', { role: 'status', class: 'review-thanks' },
      h('p', {}, t('thanks')),
      state.track && h('p', {}, t('track'), ' ', h('a', { href: state.track }, t('trackLink'))));
  }
  return h('form', { ...form, 'aria-label': t('formLabel'), class: 'review-form' },
    fields(setup),
    state.error && h('p', { role: 'alert', class: 'form-error' }, state.error),
    h('button', { type: 'submit', class: 'button primary', disabled: pending }, pending ? t('sending') : t('send')));
}

export function reviewSectionView(setup: ReviewSectionSetup): Markup {
  const { grade, reviews, words: w, idPrefix, level, answered } = setup;
  const t = w.reviews;
  const titleId = `${idPrefix}-title`;
  return h('section', { class: 'reviews', 'aria-labelledby': titleId },
    h(`h${level}`, { id: titleId }, t('title')),
    h('p', { class: 'review-grade' }, gradeText(grade, w) ?? t('none')),
    reviews.length > 0 && h('ul', { class: 'review-list' }, reviews.map((r) => reviewItem(r, w))),
    h('details', { class: 'review-write', open: answered }, h('summary', {}, t('summary')), answer(setup)));
}
