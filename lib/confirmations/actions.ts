'use server';
import { headers } from 'next/headers';
import { answerConfirm } from './answer';
import type { ConfirmState } from './state';

// The one-tap confirmation of the map's panel and list posts here. Lives in
// lib/ because the panel is on the map page; the station page (no React) posts
// to its own route, and both go through answerConfirm.
export async function submitConfirmation(_prev: ConfirmState, form: FormData): Promise<ConfirmState> {
  return answerConfirm(form, await headers());
}
