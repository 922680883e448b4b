import { describe, expect, it } from 'vitest';
import { isDbUnavailable } from './db-errors';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDbUnavailable', () => {
  it.each([
    ['Prisma cannot reach the server', withCode('P1001')],
    ['Prisma pool timeout', withCode('P2024')],
    ['PostgreSQL refused the connection', withCode('ECONNREFUSED')],
    ['PostgreSQL shutting down (admin_shutdown)', withCode('57P01', 'terminating connection due to administrator command')],
    ['PostgreSQL connection failure', withCode('08006')],
    ['SQLite busy past the timeout', withCode('SQLITE_BUSY')],
    ['SQLite file cannot be opened', withCode('SQLITE_CANTOPEN')],
    ['node-postgres dropped connection', new Error('Connection terminated unexpectedly')],
    ['node-postgres connect timeout', new Error('timeout exceeded when trying to connect')],
  ])('%s', (_name, error) => {
    expect(isDbUnavailable(error)).toBe(true);
  });

  it('looks through Prisma’s wrapping to the driver’s code', () => {
    const driver = { kind: 'postgres', originalCode: '57P01', originalMessage: 'terminating connection' };
    const prisma = Object.assign(new Error('Invalid `db.station.findFirst()` invocation'), {
      code: 'P2010',
      meta: { driverAdapterError: Object.assign(new Error('DriverAdapterError'), { cause: driver }) },
    });
    expect(isDbUnavailable(prisma)).toBe(true);
    expect(isDbUnavailable(new Error('outer', { cause: withCode('ECONNRESET') }))).toBe(true);
    expect(isDbUnavailable(new AggregateError([withCode('ECONNREFUSED')], 'all addresses failed'))).toBe(true);
  });

  it('leaves bugs and bad data alone', () => {
    expect(isDbUnavailable(withCode('P2002', 'Unique constraint failed'))).toBe(false);
    expect(isDbUnavailable(withCode('P2025', 'Record not found'))).toBe(false);
    expect(isDbUnavailable(withCode('23505', 'duplicate key'))).toBe(false);
    expect(isDbUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDbUnavailable('a string')).toBe(false);
    expect(isDbUnavailable(null)).toBe(false);
  });

  it('survives a cause that points back to itself', () => {
    const e = new Error('loop') as Error & { cause?: unknown };
    e.cause = e;
    expect(isDbUnavailable(e)).toBe(false);
  });
});
