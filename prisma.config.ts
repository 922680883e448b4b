import path from 'node:path';
import { defineConfig } from 'prisma/config';

// The stock CLI downloads a schema engine before each command; this machine is
// offline, so point it at a stub that fails loudly. `prisma generate` works.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve('prisma/engine-stub.sh');

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./data/yizhan.db' },
});
