import { describe, expect, it } from 'vitest';
import { formatServicesText, relabelServicesText, splitServicesText } from './text-form';
import type { Service } from './vocab';

const code = (k: string) => k;
const items = (cell: string) => splitServicesText(cell).map((i) => (i.ok ? [i.label, i.schedule, i.note] : ['?', i.raw]));

describe('services as text', () => {
  it('writes label@schedule(note) items separated by "; "', () => {
    const list: Service[] = [{ kind: 'legal_aid', schedule: 'Tu,Th 14:00-17:00', note: '带身份证' }, { kind: 'haircut', schedule: 'Sa 09:00-12:00', note: null }];
    expect(formatServicesText(list, (k) => ({ legal_aid: '法律援助', haircut: '理发' })[k as 'haircut']!)).toBe('法律援助@Tu,Th 14:00-17:00(带身份证); 理发@Sa 09:00-12:00');
    expect(formatServicesText([], code)).toBe('');
  });

  it('reads items, keeping the ;s of a schedule with several rules inside it', () => {
    expect(items('法律援助@Mo-Fr 08:00-12:00; Sa 09:00-12:00(带身份证)；理发@Sa 09:00-12:00')).toEqual([
      ['法律援助', 'Mo-Fr 08:00-12:00; Sa 09:00-12:00', '带身份证'], ['理发', 'Sa 09:00-12:00', null],
    ]);
    expect(items(' haircut @ Sa 09:00-12:00 （周六上午） ')).toEqual([['haircut', 'Sa 09:00-12:00', '周六上午']]);
    expect(items('legal_aid@Mo 10:00-12:00 "预约 (电话); 不收费"; haircut@Sa 09:00-12:00')).toEqual([
      ['legal_aid', 'Mo 10:00-12:00 "预约 (电话); 不收费"', null], ['haircut', 'Sa 09:00-12:00', null],
    ]);
  });

  it('names an item without label@ as unreadable, and does not take a word for a new item without its @', () => {
    expect(items('理发 周六上午; legal_aid@Tu 14:00-17:00')).toEqual([['?', '理发 周六上午'], ['legal_aid', 'Tu 14:00-17:00', null]]);
    expect(items('legal_aid@Tu 14:00-17:00; 理发 Sa 09:00-12:00')).toEqual([['legal_aid', 'Tu 14:00-17:00; 理发 Sa 09:00-12:00', null]]);
    expect(items(' ; ；')).toEqual([]);
  });

  it.each([
    '带身份证', '带身份证（原件）', 'a)b;c', '(x', '右括号）', 'C:\\path\\', 'x\\(y)', '注意; 12:00@午休 "不"', '(((', ')',
  ])('gives back the very note it wrote: %s', (note) => {
    const list: Service[] = [{ kind: 'other', schedule: 'Mo-Fr 08:00-12:00; Sa 09:00-12:00', note }, { kind: 'haircut', schedule: 'Sa 09:00-12:00', note: '再来' }];
    const read = splitServicesText(formatServicesText(list, code));
    expect(read).toEqual([
      { ok: true, label: 'other', schedule: 'Mo-Fr 08:00-12:00; Sa 09:00-12:00', note, raw: expect.any(String) },
      { ok: true, label: 'haircut', schedule: 'Sa 09:00-12:00', note: '再来', raw: expect.any(String) },
    ]);
  });

  it('relabels codes for people and leaves the rest as written', () => {
    expect(relabelServicesText('legal_aid@Tu 14:00-17:00(带身份证); oops', (k) => (k === 'legal_aid' ? '法律援助' : k))).toBe('法律援助@Tu 14:00-17:00(带身份证); oops');
  });
});
