import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Admin } from '@/lib/permissions/roles';
import type { Client } from './classify';
import { afterLines } from './cli-report';
import { readEntryCell } from './entry-cell';
import { mapHeaders } from './headers';
import { choicesOf, mappingFromArgs } from './mapping';
import { openRows } from './read';
import { runImport } from './run';
import { codeOf } from './vocab-labels';

// "How to get in" in union files: its headers, its words, and what an unread
// cell becomes (unknown, with a warning naming the cell, the words kept).

const province: Admin = { id: 'p', email: 'p@x', name: 'p', role: 'province', divisionCode: '360000' };
const noStations = { station: { findMany: async () => [] } } as unknown as Client;
const AT = '115.898683,28.702086'; // 东湖区

async function dryRun(csv: string, mapping?: Parameters<typeof runImport>[3]['mapping']) {
  return runImport(noStations, province, await openRows('csv', () => Readable.from([Buffer.from(csv)])), { crs: 'wgs84', mapping });
}

describe('entry headers', () => {
  it.each(['进门方式', '进入方式', '入站方式', '开门方式', '准入方式', '门禁', 'entry', 'Access'])('reads %s as the way in', (h) => {
    expect(mapHeaders(['名称', '经度', '纬度', h]).columns[3]).toBe('entry');
  });
  it.each(['进门说明', '进入说明', '入站说明', '门禁说明', 'entry_note', 'entryNote'])('reads %s as the entry note', (h) => {
    expect(mapHeaders(['名称', '经度', '纬度', h]).columns[3]).toBe('entryNote');
  });
});

describe('entry words', () => {
  it.each([
    ['open_door', ['敞开', '开放', '直接进入', '无门禁', '免费开放', '直接进门（无门禁）', 'open door (no gate)', 'open_door']],
    ['staffed', ['有人值守', '值守', '人工值守', '前台', 'Staffed']],
    ['scan', ['扫码', '微信扫码', '扫码进入', '小程序', 'APP', '扫码（微信或App）', 'scan (WeChat or app)']],
    ['face', ['刷脸', '人脸', '人脸识别']],
    ['pin', ['密码', '密码锁', 'PIN lock']],
    ['union_card', ['工会卡', '会员卡', '工会会员卡', '刷卡', '刷工会卡']],
  ] as const)('reads the words for %s', (code, words) => {
    expect(words.map((w) => codeOf('entry', w))).toEqual(words.map(() => code));
  });

  it('reads a cell whose pieces all name one way in', () => {
    expect(readEntryCell('微信扫码/小程序', '')).toEqual({ entry: 'scan', note: null, guessed: false, unknown: false });
    expect(readEntryCell('刷脸 或 人脸识别', '门口右侧')).toEqual({ entry: 'face', note: '门口右侧', guessed: false, unknown: false });
  });

  it('takes a way in read from part of a cell as a guess, keeping the words in the note unless the file gives one', () => {
    expect(readEntryCell('有人值守，需登记', '')).toEqual({ entry: 'staffed', note: '有人值守，需登记', guessed: true, unknown: false });
    expect(readEntryCell('有人值守，需登记', '按门铃')).toMatchObject({ entry: 'staffed', note: '按门铃', guessed: true });
  });

  it('never reads a way in that the cell denies, nor picks one of two', () => {
    expect(readEntryCell('不需要 扫码', '')).toEqual({ entry: null, note: '不需要 扫码', guessed: false, unknown: true });
    expect(readEntryCell('无需扫码', '')).toMatchObject({ entry: null, unknown: true });
    expect(readEntryCell('扫码或刷工会卡', '')).toMatchObject({ entry: null, note: '扫码或刷工会卡', unknown: true });
    expect(readEntryCell('看情况', '请先电话联系')).toEqual({ entry: null, note: '请先电话联系', guessed: false, unknown: true });
  });

  it('keeps at most 200 characters of an unread cell as the note', () => {
    expect(readEntryCell('门'.repeat(300), '').note).toHaveLength(200);
  });

  it('an empty cell is unknown without a warning', () => {
    expect(readEntryCell('', '')).toEqual({ entry: null, note: null, guessed: false, unknown: false });
  });
});

describe('entry cells in a dry run', () => {
  const csv = ['名称,经度,纬度,门禁,门禁说明',
    `甲站,${AT},扫码进入,`, `乙站,${AT},看门大爷,`, `丙站,${AT},看门大爷,按门铃`, `丁站,${AT},有人值守，需登记,`].join('\n');

  it('imports every row; an unread cell is a warning naming the cell, and shows for mapping', async () => {
    const s = await dryRun(csv);
    expect(s.counts).toMatchObject({ read: 4, new: 4, rejected: 0 });
    expect(s.warnings!.map((w) => [w.row, w.column, w.code, w.params.value])).toEqual([
      [3, '门禁', 'unknownEntry', '看门大爷'], [4, '门禁', 'unknownEntry', '看门大爷'], [5, '门禁', 'entryGuessed', '有人值守，需登记'],
    ]);
    expect(s.unknownValues).toEqual([{ field: 'entry', value: '看门大爷', count: 2 }]);
    expect(afterLines(s)).toContain('unknown entry "看门大爷" in 2 rows, left unknown (--map-value "entry:看门大爷=CODE")');
  });

  it("takes the admin's reading of a word for the whole file", async () => {
    const s = await dryRun(csv, { values: { entry: { 看门大爷: 'staffed' } } });
    expect(s.warnings!.map((w) => w.code)).toEqual(['entryGuessed']);
    expect(choicesOf({ values: { entry: { 看门大爷: 'staffed' } } }).values.entry?.get('看门大爷')).toBe('staffed');
  });

  it('takes entry: on the command line, and refuses a code that is not a way in', () => {
    expect(mappingFromArgs(['--map-value', 'entry:看门大爷=staffed'])).toEqual({ ok: true, mapping: { headers: {}, values: { entry: { 看门大爷: 'staffed' } } } });
    expect(mappingFromArgs(['--map-value', 'entry:看门大爷=guard']).ok).toBe(false);
  });
});
