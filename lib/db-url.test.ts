import { describe, expect, it } from 'vitest';
import { pgSettings, providerOf, quoteIdent, redactUrl } from './db-url';

describe('providerOf', () => {
  it('reads the provider from the URL alone', () => {
    expect(providerOf('file:./data/yizhan.db')).toBe('sqlite');
    expect(providerOf('postgresql://u:p@127.0.0.1/yizhan')).toBe('postgresql');
    expect(providerOf('postgres://127.0.0.1/yizhan')).toBe('postgresql');
  });

  it('refuses anything else without printing the password', () => {
    expect(() => providerOf('mysql://root:secret@db/yizhan')).toThrow(/mysql:\/\/root:\*\*\*@db/);
    expect(() => providerOf('mysql://root:secret@db/yizhan')).not.toThrow(/secret/);
  });
});

describe('pgSettings', () => {
  it('takes Prisma’s schema and connection_limit out of the URL', () => {
    const s = pgSettings('postgresql://u:p@127.0.0.1:5433/yz_test?schema=e2e&connection_limit=4&sslmode=disable');

    expect(s).toEqual({
      connectionString: 'postgresql://u:p@127.0.0.1:5433/yz_test?sslmode=disable',
      schema: 'e2e',
      poolSize: 4,
      database: 'yz_test',
    });
  });

  it('defaults to the public schema and a pool of 10', () => {
    expect(pgSettings('postgresql://127.0.0.1/yizhan')).toMatchObject({ schema: undefined, poolSize: 10, database: 'yizhan' });
  });
});

it('quotes identifiers', () => {
  expect(quoteIdent('a"b')).toBe('"a""b"');
});

it('redacts the password of a URL for the logs', () => {
  expect(redactUrl('postgresql://yizhan:s3cret@db:5432/yizhan')).toBe('postgresql://yizhan:***@db:5432/yizhan');
  expect(redactUrl('file:./data/yizhan.db')).toBe('file:./data/yizhan.db');
});
