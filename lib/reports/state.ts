import type { ReportFieldErrors } from './schema';

/**
 * What the public report form shows after an answer. `values` gives the form back what was typed: React resets
 * a form after its action runs. `track`: once sent, the private link to follow the complaint and its due day, in words.
 */
export type ReportState = {
  done: boolean; error: string | null; fields: ReportFieldErrors; values: { category: string; text: string };
  track: { path: string; due: string } | null;
};

export const REPORT_INITIAL: ReportState = { done: false, error: null, fields: {}, values: { category: '', text: '' }, track: null };
