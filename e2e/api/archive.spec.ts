import { test, expect } from '@playwright/test';
import { createPrismaClient } from '../../lib/db-client';
import { E2E_DATABASE_URL } from '../env';
import { seedStation } from '../fixtures';
import { ALL_STATUSES, AREAS, nearest, offset, screenBox, waitForIds } from './helpers';
import { viewport } from './viewport-helpers';

// Writes reach the API after the data version is bumped; archived rows vanish everywhere.

test('an edited station is served with its new data; an archived one disappears', async ({ request }) => {
  const at = offset(AREAS.archive, 0, 0);
  const token = `Archive${Date.now()}`;
  const row = await seedStation({ ...at, name: `${token} 旧名` });
  await waitForIds(request, at, [row.id]);
  const db = createPrismaClient(E2E_DATABASE_URL);
  const bump = (v: string) => db.appState.upsert({ where: { key: 'dataVersion' }, update: { value: v }, create: { key: 'dataVersion', value: v } });
  try {
    await db.station.update({ where: { id: row.id }, data: { name: `${token} 新名`, status: 'suspended' } });
    await bump(`e2e-edit-${row.id}-${Date.now()}`);
    await expect.poll(async () => (await nearest(request, `lat=${at.lat}&lng=${at.lng}&limit=1`))[0]?.name).toBe(`${token} 新名`);
    const [first] = await nearest(request, `lat=${at.lat}&lng=${at.lng}&limit=1`);
    expect(first).toMatchObject({ id: row.id, status: 'suspended', openNow: false });

    await db.station.update({ where: { id: row.id }, data: { archivedAt: new Date() } });
    await bump(`e2e-archive-${row.id}-${Date.now()}`);
    await expect
      .poll(async () => (await nearest(request, `lat=${at.lat}&lng=${at.lng}&limit=5&status=${ALL_STATUSES}`)).some((s) => s.id === row.id))
      .toBe(false);
    const detail = await request.get(`/api/stations/${row.id}`);
    expect(detail.status()).toBe(404);
    expect(((await detail.json()) as { error: { message: string } }).error.message).toBeTruthy();
    const { features } = await viewport(request, `bbox=${screenBox(at, 18, 1280, 800)}&zoom=18&status=${ALL_STATUSES}`);
    expect(features).toEqual([]);
    const search = (await (await request.get('/api/search', { params: { q: token } })).json()) as { results: unknown[] };
    expect(search.results).toEqual([]);
  } finally {
    await db.$disconnect();
  }
});
