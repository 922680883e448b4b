import 'server-only';
import { confirmView } from '@/components/confirmations/confirm-view';
import type { ConfirmState } from '@/lib/confirmations/state';
import { toHono } from './render-markup';
import type { Words } from './words';

/** The one-tap confirmation on the station page, with no JavaScript: the page's own URL answers the POST with the page again. */
export function ConfirmForm({ stationId, stationName, state, w }: { stationId: string; stationName: string; state: ConfirmState; w: Words }) {
  return toHono(confirmView({ stationId, stationName, state, words: w, form: { method: 'post' } }));
}
