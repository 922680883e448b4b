// prisma/schema.prisma (SQLite) is the one source of truth for the schema.
// The PostgreSQL copy differs only in its provider and where its client goes,
// because Prisma 7 generates a provider-specific client.

export type Provider = 'sqlite' | 'postgresql';

export const SCHEMA_PATH = 'prisma/schema.prisma';
export const PG_SCHEMA_PATH = 'prisma/postgresql/schema.prisma';

const HEADER = `// GENERATED from prisma/schema.prisma by scripts/prisma-pg-schema.ts (npm install runs it).
// Do not edit: change prisma/schema.prisma, then run npx tsx scripts/prisma-pg-schema.ts.
`;

/** Points the schema's datasource at `provider`, so one schema serves both databases. */
export function withProvider(schema: string, provider: Provider): string {
  return schema.replace(/(datasource\s+\w+\s*\{[^}]*?provider\s*=\s*)"[^"]*"/, `$1"${provider}"`);
}

/** The PostgreSQL schema: same models, provider postgresql, client in lib/generated/prisma-pg. */
export function postgresSchema(sqliteSchema: string): string {
  const output = /(generator\s+client\s*\{[^}]*?output\s*=\s*)"\.\.\/lib\/generated\/prisma"/;
  if (!output.test(sqliteSchema)) throw new Error('prisma/schema.prisma: expected output = "../lib/generated/prisma" in generator client');
  if (!/datasource\s+\w+\s*\{[^}]*?provider\s*=\s*"sqlite"/.test(sqliteSchema)) {
    throw new Error('prisma/schema.prisma: expected provider = "sqlite" in its datasource');
  }
  // One folder deeper, so the relative output gains a "../".
  const moved = sqliteSchema.replace(output, '$1"../../lib/generated/prisma-pg"');
  return HEADER + withProvider(moved, 'postgresql');
}
