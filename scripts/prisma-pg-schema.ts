// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma; `npm install`
// runs it before generating the two Prisma clients. The copy is not committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PG_SCHEMA_PATH, postgresSchema, SCHEMA_PATH } from './lib/pg-schema';

const wanted = postgresSchema(readFileSync(SCHEMA_PATH, 'utf8'));
let current = '';
try {
  current = readFileSync(PG_SCHEMA_PATH, 'utf8');
} catch {
  // first install
}
if (current !== wanted) {
  mkdirSync(path.dirname(PG_SCHEMA_PATH), { recursive: true });
  writeFileSync(PG_SCHEMA_PATH, wanted);
  console.log(`wrote ${PG_SCHEMA_PATH}`);
}
