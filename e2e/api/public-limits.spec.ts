import { expect, test } from '@playwright/test';
import { PUBLIC_LIMITS } from '../../lib/security/public-limit-numbers';
import { fromAddress, randomAddress } from '../support/client-address';

// The public export and the coverage model cost work per answer: one client
// address gets a limited number per window, counted atomically (parallel
// requests all count), then a 429 with Retry-After; other addresses are not
// affected, and a refused parameter counts nothing.

for (const [which, url] of [['export', '/api/export/stations?format=csv'], ['coverage', '/api/coverage/360102?mode=walk&suggestions=0']] as const) {
  test(`${which}: ${PUBLIC_LIMITS[which].points} per ${PUBLIC_LIMITS[which].duration} s from one address, in parallel, then 429`, async ({ request }) => {
    const me = randomAddress();
    const { points, duration } = PUBLIC_LIMITS[which];
    expect((await request.get(`${url}&format=xls&mode=fly`, fromAddress(me))).status()).toBe(400);
    const answers = await Promise.all(Array.from({ length: points + 3 }, () => request.get(url, fromAddress(me))));
    const statuses = answers.map((r) => r.status());
    expect(statuses.filter((s) => s === 200)).toHaveLength(points);
    expect(statuses.filter((s) => s === 429)).toHaveLength(3);
    const refused = answers.find((r) => r.status() === 429)!;
    const wait = Number(refused.headers()['retry-after']);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(duration);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain(`at most ${points}`);
    expect((await request.get(url, fromAddress())).status()).toBe(200);
  });
}
