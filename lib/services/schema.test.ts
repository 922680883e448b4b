import { describe, expect, it } from 'vitest';
import { servicesSchema, storedServicesSchema } from './schema';

const issues = (input: unknown) => {
  const r = servicesSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path, message: i.message, params: (i as { params?: unknown }).params }));
};

describe('services schema', () => {
  it('takes valid rows, skips blank ones and stores them as JSON text', () => {
    const rows = [
      { kind: 'legal_aid', schedule: ' Tu,Th 14:00-17:00 ', note: ' 带身份证 ' }, { kind: '', schedule: '', note: '' }, { kind: 'haircut', schedule: 'Sa 09:00-12:00', note: '' },
    ];
    expect(servicesSchema.parse(rows)).toEqual([
      { kind: 'legal_aid', schedule: 'Tu,Th 14:00-17:00', note: '带身份证' }, { kind: 'haircut', schedule: 'Sa 09:00-12:00', note: null },
    ]);
    expect(storedServicesSchema.parse([])).toBe('[]');
    expect(storedServicesSchema.parse(null)).toBe('[]');
    // Not given at all: not said (an edit leaves the stored list alone), not "none".
    expect(storedServicesSchema.parse(undefined)).toBeUndefined();
    expect(storedServicesSchema.parse([{ kind: 'haircut', schedule: 'Sa 09:00-12:00' }])).toBe('[{"kind":"haircut","schedule":"Sa 09:00-12:00","note":null}]');
  });

  it('validates the schedule as opening hours are, naming the row as the form shows it', () => {
    const rows = [{ kind: 'haircut', schedule: 'Sa 09:00-12:00' }, { kind: '', schedule: '' }, { kind: 'legal_aid', schedule: 'every other Tuesday' }];
    const [first] = issues(rows);
    expect(first).toMatchObject({ path: [2, 'schedule'], message: 'invalidHours' });
    expect(issues([{ kind: 'haircut', schedule: 'Mo 10:00-12:00 || sunrise-sunset' }])[0]).toMatchObject({ path: [0, 'schedule'], message: 'invalidHours' });
    expect(issues([{ kind: 'haircut', schedule: `Mo 10:00-12:00 "${'x'.repeat(250)}"` }])[0]).toMatchObject({ message: 'tooLong', params: { max: 255 } });
  });

  it('needs a kind from the vocabulary and a schedule on every row with anything in it', () => {
    expect(issues([{ kind: '', schedule: 'Sa 09:00-12:00' }])).toEqual([{ path: [0, 'kind'], message: 'required', params: undefined }]);
    expect(issues([{ kind: 'massage', schedule: 'Sa 09:00-12:00' }])[0]).toMatchObject({ path: [0, 'kind'], message: 'invalidChoice' });
    expect(issues([{ kind: 'haircut', schedule: '', note: '周六上午' }])[0]).toMatchObject({ path: [0, 'schedule'], message: 'required' });
  });

  it('needs a note for "other" and keeps notes to 100 characters, NUL dropped', () => {
    expect(issues([{ kind: 'other', schedule: 'Sa 09:00-12:00' }])[0]).toMatchObject({ path: [0, 'note'], message: 'serviceNoteRequired' });
    expect(servicesSchema.parse([{ kind: 'other', schedule: 'Sa 09:00-12:00', note: '修\u0000鞋' }])?.[0]?.note).toBe('修鞋');
    expect(issues([{ kind: 'haircut', schedule: 'Sa 09:00-12:00', note: 'n'.repeat(101) }])[0]).toMatchObject({ path: [0, 'note'], message: 'tooLong', params: { max: 100 } });
  });

  it('takes at most twelve services, and refuses a flood of rows before reading any', () => {
    const row = { kind: 'haircut', schedule: 'Sa 09:00-12:00' };
    expect(servicesSchema.parse(Array(12).fill(row))).toHaveLength(12);
    expect(issues(Array(13).fill(row))[0]).toMatchObject({ path: [], message: 'tooManyServices', params: { max: 12 } });
    expect(issues(Array(12).fill(row).concat(Array(30).fill({ kind: '', schedule: '' })))).toEqual([]);
    expect(issues(Array(10_000).fill({ kind: 'haircut', schedule: 'nonsense' }))).toHaveLength(1);
  });
});
