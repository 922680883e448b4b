import type { Page } from '@playwright/test';

/** A /stats data table as {key column text: numeric value of another column} (cells carry data-value). */
export const countsIn = (page: Page, dataset: string, keyCol: number, valueCol: number) =>
  page.locator(`table[data-dataset="${dataset}"] tbody tr`).evaluateAll((rows, [k, v]) => Object.fromEntries(rows.map((r) => {
    const cells = r.querySelectorAll('td');
    return [cells[k]?.textContent ?? '', Number(cells[v]?.getAttribute('data-value'))];
  })), [keyCol, valueCol] as const);
