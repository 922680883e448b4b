import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';

// WCAG 2.1 AA as axe-core checks it, run in the page itself. The Playwright
// wrapper opens a second page for every check to finish the run (about 1.5 s
// each on this machine's busy cores); no page here embeds a frame, so axe.run
// in the page sees everything that wrapper would.

const SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Violations on the page as one line each. `rules`: only those rules (e.g. colour contrast);
 * `{ except }`: every WCAG AA rule but those.
 */
export async function axeViolations(page: Page, rules?: string[] | { except: string[] }): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(SOURCE);
  if ((await page.locator('iframe').count()) > 0) throw new Error('axeViolations: this page has frames, which axe.run in the page does not enter');
  const only = Array.isArray(rules) ? rules : undefined;
  const runOnly = only ? { type: 'rule' as const, values: only } : { type: 'tag' as const, values: WCAG_AA };
  const off = rules && !Array.isArray(rules) ? Object.fromEntries(rules.except.map((id) => [id, { enabled: false }])) : undefined;
  const results = await page.evaluate(
    (options) => (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResults> } }).axe.run(document, options),
    { runOnly, resultTypes: ['violations'], ...(off && { rules: off }) },
  );
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}
