import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Which database a DATABASE_URL names, and how to reach it. Pure, so the app,
// the scripts and the tests share one reading of the URL.

export type DbProvider = 'sqlite' | 'postgresql';

export function providerOf(url: string): DbProvider {
  if (url.startsWith('file:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgresql';
  throw new Error(`Unsupported DATABASE_URL "${redactUrl(url)}": expected file:… (SQLite) or postgresql://…`);
}

/** File path of a SQLite `file:` URL; relative paths resolve against the working directory. */
export function sqlitePath(url: string): string {
  const withoutQuery = url.replace(/\?.*$/, '');
  if (withoutQuery.startsWith('file://')) return fileURLToPath(withoutQuery);
  return path.resolve(withoutQuery.replace(/^file:/, ''));
}

export type PgSettings = {
  /** For node-postgres, without the parameters only Prisma understands. */
  connectionString: string;
  /** `?schema=` as in Prisma's URLs; undefined means the server's search_path (public). */
  schema: string | undefined;
  /** `?connection_limit=` as in Prisma's URLs: the pool size of one app instance. */
  poolSize: number;
  database: string;
};

export function pgSettings(url: string): PgSettings {
  const u = new URL(url);
  const schema = u.searchParams.get('schema') || undefined;
  const limit = Number(u.searchParams.get('connection_limit') ?? 10);
  u.searchParams.delete('schema');
  u.searchParams.delete('connection_limit');
  const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || 'postgres';
  return { connectionString: u.toString(), schema, poolSize: Number.isInteger(limit) && limit > 0 ? limit : 10, database };
}

/** The URL without its password, for logs and error messages. */
export function redactUrl(url: string): string {
  return url.replace(/^(\w+:\/\/[^:/@]*:)[^@]*@/, '$1***@');
}

/** A SQL identifier in double quotes (schema and database names come from configuration). */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export const SQLITE_MIGRATIONS_DIR = 'prisma/migrations';
export const PG_MIGRATIONS_DIR = 'prisma/postgresql/migrations';

/** Where the migrations for this database live, relative to the project root: each provider has its own set. */
export function migrationsDirFor(url: string): string {
  return providerOf(url) === 'postgresql' ? PG_MIGRATIONS_DIR : SQLITE_MIGRATIONS_DIR;
}
