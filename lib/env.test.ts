import { afterEach, describe, expect, it, vi } from 'vitest';

// lib/env validates process.env when it is imported: each case imports it afresh.
async function loadWith(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [k, v] of Object.entries(vars)) vi.stubEnv(k, v);
  return (await import('./env')).env;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('DEFAULT_REGION', () => {
  it('opens on Jiangxi when unset', async () => {
    expect((await loadWith({ DEFAULT_REGION: undefined })).DEFAULT_REGION).toBe('360000');
  });

  it('takes all of China, a province, a city or a county', async () => {
    for (const code of ['100000', '410000', '410100', '410103']) expect((await loadWith({ DEFAULT_REGION: code })).DEFAULT_REGION).toBe(code);
  });

  it('refuses to start with a code no division has, naming the setting', async () => {
    await expect(loadWith({ DEFAULT_REGION: '999999' })).rejects.toThrow(/DEFAULT_REGION: no division has this code/);
    await expect(loadWith({ DEFAULT_REGION: 'jiangxi' })).rejects.toThrow(/DEFAULT_REGION: a six-digit division code/);
  });
});
