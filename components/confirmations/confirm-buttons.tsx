'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { toReact } from '@/components/stations/render-react';
import { submitConfirmation } from '@/lib/confirmations/actions';
import { CONFIRM_INITIAL, type ConfirmState } from '@/lib/confirmations/state';
import type { ConfirmationKind } from '@/lib/confirmations/vocab';
import { confirmView } from './confirm-view';

type Props = { stationId: string; stationName: string; compact?: boolean; onAnswered?: (kind: ConfirmationKind) => void };

// The one-tap confirmation in the map's panel and in each list entry: the one view (confirm-view.ts) drawn with React.
export function ConfirmButtons({ stationId, stationName, compact = false, onAnswered }: Props) {
  const words = { locale: useLocale(), confirm: useTranslations('confirm') };
  const [state, action, pending] = useActionState<ConfirmState, FormData>(async (prev, form) => {
    const next = await submitConfirmation(prev, form);
    if (next.done) onAnswered?.(next.done);
    return next;
  }, CONFIRM_INITIAL);
  return toReact(confirmView({ stationId, stationName, state, words, form: { action }, pending, compact }));
}
