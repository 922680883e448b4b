import path from 'node:path';

// Shared by playwright.config.ts and the fixtures: where the test server's data lives.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? 'file:./data/e2e.db';
/** Where the test server keeps dry runs' files (IMPORT_DIR), so tests can see what is left behind. */
export const E2E_IMPORT_DIR = path.resolve('data/e2e-imports');
