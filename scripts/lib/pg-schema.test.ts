import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { postgresSchema, withProvider } from './pg-schema';

const schema = readFileSync(path.resolve(import.meta.dirname, '../../prisma/schema.prisma'), 'utf8');

describe('postgresSchema', () => {
  it('changes only the provider and the client output, and says it is generated', () => {
    const pg = postgresSchema(schema);

    expect(pg).toMatch(/^\/\/ GENERATED from prisma\/schema\.prisma/);
    expect(pg).toMatch(/datasource db \{\s*provider = "postgresql"/);
    expect(pg).toContain('output       = "../../lib/generated/prisma-pg"');
    const body = (s: string) => s.replace(/^\/\/ (GENERATED|Do not edit).*\n/gm, '');
    const back = body(pg).replace('"../../lib/generated/prisma-pg"', '"../lib/generated/prisma"');
    expect(withProvider(back, 'sqlite')).toBe(schema);
  });

  it('refuses a schema whose layout it does not know, rather than write a wrong copy', () => {
    expect(() => postgresSchema(schema.replace('../lib/generated/prisma', '../elsewhere'))).toThrow(/output/);
    expect(() => postgresSchema(withProvider(schema, 'postgresql'))).toThrow(/sqlite/);
  });
});
