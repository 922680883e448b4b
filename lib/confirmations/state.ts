import type { ConfirmationKind } from './vocab';

/** What a confirmation form shows after an answer: the thanks (`done`, `message`) or the refusal (`error`), in words. */
export type ConfirmState = {
  done: ConfirmationKind | null; message: string | null; error: string | null;
  /** The plain page's HTTP status for this answer: 200, 400 (bad form), 404 (no such station), 429 (over a limit), 503 (retry). */
  status: number;
};
export const CONFIRM_INITIAL: ConfirmState = { done: null, message: null, error: null, status: 200 };
