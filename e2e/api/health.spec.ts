import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { migrationsDirFor } from '../../lib/db-url';
import { E2E_DATABASE_URL } from '../env';

// Probes for a load balancer, on whichever database the suite runs on.

test('/api/health answers 200 without caching', async ({ request }) => {
  const res = await request.get('/api/health');

  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: 'ok' });
  expect(res.headers()['cache-control']).toBe('no-store');
});

test('/api/ready answers 200 with every migration of this build applied', async ({ request }) => {
  const shipped = readdirSync(migrationsDirFor(E2E_DATABASE_URL), { withFileTypes: true }).filter((e) => e.isDirectory());

  const res = await request.get('/api/ready');

  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: 'ready', migrations: shipped.length });
});

test('the OpenAPI document names the configured origin, whatever Host the caller sends', async ({ request, baseURL }) => {
  const res = await request.get('/api/openapi.json', { headers: { Host: 'attacker.example', 'X-Forwarded-Host': 'attacker.example' } });
  expect(res.status()).toBe(200);
  const doc = (await res.json()) as { servers: { url: string }[] };
  expect(JSON.stringify(doc.servers)).not.toContain('attacker.example');
  expect(doc.servers[0]!.url.startsWith(new URL(baseURL!).origin)).toBe(true);
});
