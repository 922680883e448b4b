import { describe, expect, it } from 'vitest';
import { ServiceTable } from './index-table';
import { serialiseServices } from './stored';

const TUE_1430 = new Date('2026-12-08T14:30:00+08:00');
const legalAid = serialiseServices([{ kind: 'legal_aid', schedule: 'Tu,Th 14:00-17:00', note: null }]);
const haircutSat = serialiseServices([{ kind: 'haircut', schedule: 'Sa 09:00-12:00', note: null }]);
const morningCheck = serialiseServices([{ kind: 'health_check', schedule: 'Tu 08:00-10:00', note: null }]);
const matching = (t: ServiceTable, n: number, f: Parameters<ServiceTable['matcher']>[0], now = TUE_1430) => {
  const m = t.matcher(f, now);
  return m ? Array.from({ length: n }, (_, i) => i).filter(m) : 'all';
};

describe('the services column of the station index', () => {
  // Stations 0 and 4 have none (empty, default or damaged text), 1 and 5 share a list.
  const stored = ['[]', legalAid, haircutSat, morningCheck, undefined, legalAid, '{bad'];
  const table = new ServiceTable(stored);

  it('holds each distinct list once, stations without services sharing "none"', () => {
    expect(table.distinct).toBe(5);
  });

  it('asks nothing when the filter says nothing of services', () => {
    expect(table.matcher({}, TUE_1430)).toBeNull();
    expect(table.matcher({ servicesToday: false, services: [] }, TUE_1430)).toBeNull();
    expect(table.key({}, TUE_1430)).toBe('');
  });

  it('"services today": under way or still to come today, in station time', () => {
    expect(matching(table, 7, { servicesToday: true })).toEqual([1, 5]);
    expect(matching(table, 7, { servicesToday: true }, new Date('2026-12-08T07:00:00+08:00'))).toEqual([1, 3, 5]);
    expect(matching(table, 7, { servicesToday: true }, new Date('2026-12-12T10:00:00+08:00'))).toEqual([2]);
  });

  it('by kind: any of the kinds asked, today or at all', () => {
    expect(matching(table, 7, { services: ['haircut', 'health_check'] })).toEqual([2, 3]);
    expect(matching(table, 7, { services: ['haircut'], servicesToday: true })).toEqual([]);
  });

  it('keys change exactly when the matching set can', () => {
    const at = (wall: string) => table.key({ servicesToday: true }, new Date(`${wall}+08:00`));
    expect(at('2026-12-08T14:30:00')).toBe(at('2026-12-08T15:30:00'));
    expect(at('2026-12-08T09:00:00')).not.toBe(at('2026-12-08T14:30:00'));
    expect(table.key({ services: ['haircut'] }, TUE_1430)).not.toBe(table.key({ services: ['legal_aid'] }, TUE_1430));
  });

  it('takes a byte a station while few lists exist', () => {
    const big = new ServiceTable(Array.from({ length: 1000 }, (_, i) => (i % 2 ? legalAid : '[]')));
    expect(big.distinct).toBe(2);
    expect(matching(big, 1000, { servicesToday: true })).toHaveLength(500);
  });
});
