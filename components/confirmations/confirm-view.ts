import { h, type Attrs, type Markup } from '@/components/stations/markup';
import type { ConfirmState } from '@/lib/confirmations/state';
import { CONFIRMATION_KINDS, type ConfirmationKind } from '@/lib/confirmations/vocab';

// "Is it really open?" as three one-tap buttons, built once for the three places
// that show it: the map's panel and list (React, posting to a server action) and
// the station page (plain HTML, posting to the page). Both answer through
// lib/confirmations/answer.ts. The buttons are the form's submitters: the one
// tapped sends its `kind`, nothing else is asked.

type ConfirmKey = 'question' | `buttons.${ConfirmationKind}` | `short.${ConfirmationKind}` | 'formLabel';
export type ConfirmWords = { locale: string; confirm: (key: ConfirmKey) => string };

const GLYPH: Record<ConfirmationKind, string> = { open: '✓', locked: '🔒', gone: '✕' };

export type ConfirmSetup = {
  stationId: string; stationName: string; state: ConfirmState; words: ConfirmWords;
  /** How the form posts: a server action in React, `method="post"` on the page. */
  form: Attrs;
  pending?: boolean;
  /** The list's short labels ("✓ 开着"); the panel and page say it in full. */
  compact?: boolean;
};

export function confirmView({ stationId, stationName, state, words: w, form, pending = false, compact = false }: ConfirmSetup): Markup {
  const t = w.confirm;
  const button = (kind: ConfirmationKind) =>
    h('button', { type: 'submit', name: 'kind', value: kind, class: `button confirm-${kind}`, disabled: pending },
      h('span', { 'aria-hidden': 'true' }, `${GLYPH[kind]} `), t(compact ? `short.${kind}` : `buttons.${kind}`));
  // Named with the station: a list holds thirty of these forms.
  return h('form', { ...form, class: `confirm-form${compact ? ' compact' : ''}`, 'aria-label': `${t('formLabel')} · ${stationName}` },
    h('input', { type: 'hidden', name: 'form', value: 'confirm' }),
    h('input', { type: 'hidden', name: 'stationId', value: stationId }),
    h('input', { type: 'hidden', name: 'locale', value: w.locale }),
    !compact && h('p', { class: 'confirm-question' }, t('question')),
    h('div', { class: 'confirm-buttons' }, CONFIRMATION_KINDS.map(button)),
    state.done && h('p', { role: 'status', class: 'confirm-thanks' }, state.message),
    state.error && h('p', { role: 'alert', class: 'form-error' }, state.error));
}
