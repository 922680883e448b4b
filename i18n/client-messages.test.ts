import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN_NAMESPACES, COVERAGE_NAMESPACES, EMBED_NAMESPACES, PUBLIC_NAMESPACES } from './client-messages';

// Every client component, with everything it imports, may read only the
// namespaces its area's provider sends; a missing one would throw in the browser.
const ROOT = path.resolve(import.meta.dirname, '..');
const DIRS = ['app', 'components', 'lib', 'i18n'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === 'generated' ? [] : sources(p);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? path.join(ROOT, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const ext of ['', '.tsx', '.ts', '/index.tsx', '/index.ts']) {
    try {
      if (statSync(base + ext).isFile()) return base + ext;
    } catch { /* try the next extension */ }
  }
  return null;
}

function imports(file: string, text: string): string[] {
  const specs = [...text.matchAll(/^(?:import|export)(?!\s+type\b)[^'"]*?from\s+'([^']+)'|import\('([^']+)'\)/gm)];
  return specs.map((m) => resolve(file, m[1] ?? m[2]!)).filter((p): p is string => p !== null);
}

function namespacesReadFrom(entry: string): Set<string> {
  const seen = new Set<string>();
  const found = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/useTranslations\(\s*'([^'.]+)/g)) found.add(m[1]!);
    stack.push(...imports(file, text));
  }
  return found;
}

function allowed(rel: string): readonly string[] {
  if (rel.includes('/admin/')) return ADMIN_NAMESPACES;
  if (rel.includes('coverage')) return COVERAGE_NAMESPACES;
  if (rel.includes('embed')) return EMBED_NAMESPACES;
  return PUBLIC_NAMESPACES;
}

const clients = DIRS.flatMap((d) => sources(path.join(ROOT, d))).filter((f) => readFileSync(f, 'utf8').trimStart().startsWith("'use client'"));

describe('client message namespaces', () => {
  it('finds the client components', () => {
    expect(clients.length).toBeGreaterThan(20);
  });
  it.each(clients.map((f) => path.relative(ROOT, f)))('%s reads only namespaces its area sends', (rel) => {
    const missing = [...namespacesReadFrom(path.join(ROOT, rel))].filter((n) => !allowed(rel).includes(n));
    expect(missing).toEqual([]);
  });
});
