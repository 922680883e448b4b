'use server';
import { headers } from 'next/headers';
import { answerReport } from './answer';
import type { ReportState } from './state';

// The public "Report a problem" form of the map's panel posts here. Lives in
// lib/ because the panel is on the map page; the station page (no React) posts
// to its own route, and both go through answerReport. No sign-in: the honeypot
// and a per-address limit keep it sane.

export async function submitReport(_prev: ReportState, form: FormData): Promise<ReportState> {
  return answerReport(form, await headers());
}
