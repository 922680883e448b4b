import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

// One rule for "is the production build stale?", shared by `npm start` and
// `npm run bench`, so both rebuild on the same changes.

const BUILD_ID = '.next/BUILD_ID';
const SOURCES = ['app', 'components', 'lib', 'i18n', 'messages', 'public', 'next.config.ts', 'proxy.ts', 'package-lock.json'];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(p).reduce((max, name) => Math.max(max, newestMtime(path.join(p, name))), st.mtimeMs);
}

export function buildMissing(): boolean {
  return !existsSync(BUILD_ID);
}

/** True when there is no build, or a source file is newer than it. */
export function buildIsStale(): boolean {
  if (buildMissing()) return true;
  const built = statSync(BUILD_ID).mtimeMs;
  return SOURCES.some((s) => newestMtime(s) > built);
}
