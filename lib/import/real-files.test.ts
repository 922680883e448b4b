import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { division } from '@/lib/divisions/catalog';
import { countyAt } from '@/lib/divisions/locate';
import { fromWgs84 } from '@/lib/geo/crs';
import type { Admin } from '@/lib/permissions/roles';
import type { Client, Verdict } from './classify';
import { afterLines, rowLines } from './cli-report';
import type { ImportMapping } from './mapping';
import type { PlanWriter } from './plan';
import { openRows } from './read';
import { runImport } from './run';

// A union list as it comes (issue 17): its own headers, GCJ-02 columns, union
// words, Chinese hours, masked phones and districts that are development
// zones, imported by a national admin and by a county admin of elsewhere.

const national: Admin = { id: 'n', email: 'n@x', name: 'n', role: 'national', divisionCode: null };
const donghu: Admin = { id: 'c', email: 'c@x', name: 'c', role: 'county', divisionCode: '360102' };
const noStations = { station: { findMany: async () => [] } } as unknown as Client;

// A point inside 金水区 in GCJ-02, as copied from Amap.
const JINSHUI = division('410105')!;
if (countyAt(JINSHUI.lng, JINSHUI.lat) !== JINSHUI.code) throw new Error('pick another point inside 金水区');
const at = (i: number) => fromWgs84(JINSHUI.lng + (i % 10) * 1e-4, JINSHUI.lat + Math.floor(i / 10) * 1e-4, 'gcj02').join(',');

type Plan = { inputs: Map<number, Verdict['good']>; dropped: number[] };
function fakePlan(): PlanWriter & Plan {
  const plan = { inputs: new Map(), dropped: [] as number[],
    add: async (vs: Verdict[]) => { for (const v of vs) if (v.kind === 'new') plan.inputs.set(v.good.row, v.good); },
    drop: (rows: Iterable<number>) => { plan.dropped.push(...rows); } };
  return plan as unknown as PlanWriter & Plan;
}
async function run(csv: string, admin = national, mapping?: ImportMapping) {
  const plan = fakePlan();
  const s = await runImport(noStations, admin, await openRows('csv', () => Readable.from([Buffer.from(csv)])), { crs: 'wgs84', plan, mapping });
  return { s, plan };
}

const head = '序号,站点名称,类型,状态,district,gcj02_lng,gcj02_lat,open_hours,联系电话,服务功能,备注';
const file = [head,
  `1,金水爱心驿站,爱心驿站,正常运营,高新区,${at(1)},"周一至周五 08:30-12:00,13:00-17:30",138****5596,饮水、急救箱、电瓶充电,`,
  `2,司机之家一号,司机之家,在建,金水区,${at(2)},24小时,0371-12345678,卫生间,`,
  `3,司机之家二号,司机之家,筹建,金水区,${at(3)},全天,,充电,`,
  `4,劳动者港湾,劳动者港湾,使用中,二七区,${at(4)},工作日开放,,药箱,老站`,
  `5,暖心驿站,暖心驿站,使用中,,${at(5)},预约开放,电话: 坏,飞船,`,
].join('\n');

describe('a real union file', () => {
  it('reads it as it comes: GCJ-02 from its headers, union words, hours phrases; bad optional cells only warn', async () => {
    const { s, plan } = await run(file);
    expect(s.crs).toEqual({ used: 'gcj02', header: 'gcj02_lng' });
    expect(s.counts).toMatchObject({ read: 5, new: 3, rejected: 2 });
    expect(s.rejected.map((r) => [r.row, r.column, r.code])).toEqual([[3, '类型', 'unknownKind'], [4, '类型', 'unknownKind']]);
    expect(s.unknownValues).toEqual([{ field: 'kind', value: '司机之家', count: 2 }, { field: 'amenity', value: '充电', count: 1 }, { field: 'amenity', value: '飞船', count: 1 }]);
    const sorted = (l: unknown[][]) => l.map((x) => x.join('|')).sort();
    expect(sorted(s.warnings!.map((w) => [w.row, w.column, w.code]))).toEqual(sorted([
      [2, 'district', 'developmentZone'], [2, '联系电话', 'maskedPhone'], [4, '服务功能', 'unknownAmenity'],
      [5, 'open_hours', 'hoursGuessed'], [5, 'district', 'countyMismatch'],
      [6, '服务功能', 'unknownAmenity'], [6, 'open_hours', 'hoursUnreadable'], [6, '联系电话', 'invalidPhone'],
    ]));
    expect(s.warned).toBe(4);
    const first = plan.inputs.get(2)!.input;
    expect(first).toMatchObject({ kind: 'station', status: 'in_use', countyCode: '410105', phone: null,
      openingHours: 'Mo-Fr 08:30-12:00,13:00-17:30', amenities: ['drinking_water', 'ebike_charging', 'first_aid'] });
    expect(Math.abs(first.lng - (JINSHUI.lng + 1e-4))).toBeLessThan(2e-5);
    expect(plan.inputs.get(5)!.input).toMatchObject({ openingHours: 'Mo-Fr', notes: '老站\nopen_hours：工作日开放' });
    expect(plan.inputs.get(6)!.input).toMatchObject({ openingHours: 'unknown', notes: 'open_hours：预约开放', phone: null });
    expect(plan.inputs.get(6)!.keep).toEqual(['openingHours', 'phone']);
    expect(s.converted).toEqual({ count: 3, example: { from: '周一至周五 08:30-12:00,13:00-17:30', to: 'Mo-Fr 08:30-12:00,13:00-17:30' } });
  });

  it('reads unknown headers and words as the admin mapped them, for the whole file', async () => {
    const mapping: ImportMapping = { headers: { 序号: 'externalId', 备注: '-' }, values: { kind: { 司机之家: 'station' }, amenity: { 充电: 'phone_charging' } } };
    const { s, plan } = await run(file, national, mapping);
    expect(s.counts).toMatchObject({ read: 5, new: 5, rejected: 0 });
    expect(s.unknownValues).toEqual([{ field: 'amenity', value: '飞船', count: 1 }]);
    expect(plan.inputs.get(4)).toMatchObject({ externalId: '3', input: { kind: 'station', status: 'under_construction', amenities: ['phone_charging'] } });
    expect(plan.inputs.get(5)!.input.notes).toBe('open_hours：工作日开放');
    expect(s.headers!.find((h) => h.header === '备注')).toMatchObject({ how: 'ignored', column: null });
  });

  it('refuses rows outside the admin\'s scope naming the county they are in, and points outside China', async () => {
    const { s } = await run(`${file}\n6,东京站,,,,139.7,35.7,,,,`, donghu);
    expect(s.counts.new).toBe(0);
    const byRow = new Map(s.rejected.map((r) => [r.row, r]));
    expect(byRow.get(2)).toEqual({ row: 2, column: 'gcj02_lng', code: 'outOfScope', params: { county: '410105' } });
    expect(byRow.get(7)?.code).toBe('outsideChina');
  });

  it('prints warnings and what to map on lines of their own', async () => {
    const { s } = await run(file);
    expect(rowLines(s)).toContain('warning row 2\t联系电话\tmaskedPhone\t{"value":"138****5596"}');
    expect(rowLines(s).filter((l) => l.startsWith('row '))).toHaveLength(2);
    const after = afterLines(s);
    expect(after).toContain('warnings: 8 in 4 rows (cells left empty or read with a guess; listed above)');
    expect(after).toContain('coordinates read as gcj02, as the header "gcj02_lng" says');
    expect(after).toContain('column "序号" ignored: not a template column (--map "序号=FIELD" or --map "序号=-")');
    expect(after).toContain('unknown kind "司机之家" in 2 rows, rows rejected (--map-value "kind:司机之家=CODE")');
    expect(after.some((l) => /^(dry run|applied):/u.test(l))).toBe(false);
  });
});

describe('external ids repeated in a file', () => {
  const rows = (n: number, id: (i: number) => string, name = (i: number) => `站${i}`) =>
    ['编号,名称,经度,纬度', ...Array.from({ length: n }, (_, i) => `${id(i)},${name(i)},${at(i)}`)].join('\n').replace(/^编号,名称,经度,纬度/u, '编号,名称,gcj02_lng,gcj02_lat');

  it('are an error on every row that carries them, the first too, even when it was checked batches earlier', async () => {
    const ids = (i: number) => (i === 1200 ? 'A' : i === 1201 ? 'B' : i === 1202 ? 'A' : `X${i}`);
    const { s, plan } = await run(rows(1203, (i) => (i === 0 ? 'A' : i === 1 ? 'B' : ids(i)), (i) => (i === 1 ? '' : `站${i}`)));
    const repeated = s.rejected.filter((r) => r.code === 'duplicateInFile').map((r) => r.row);
    expect(repeated).toEqual([2, 3, 1202, 1203, 1204]);
    // Row 3 has no name as well: both are said.
    expect(s.rejected.filter((r) => r.row === 3).map((r) => r.code).sort()).toEqual(['duplicateInFile', 'required']);
    expect(s.counts).toMatchObject({ read: 1203, new: 1198, rejected: 5 });
    expect(plan.dropped).toEqual([2]);
  });

  it('may repeat in a file that gives county codes, once per county (an export of a province)', async () => {
    const csv = ['编号,名称,区划代码,gcj02_lng,gcj02_lat', `A,甲,410105,${at(1)}`, `A,乙,410103,${at(2)}`, `A,丙,410105,${at(3)}`].join('\n');
    const { s } = await run(csv);
    expect(s.rejected.filter((r) => r.code === 'duplicateInFile').map((r) => r.row)).toEqual([2, 4]);
    expect(s.counts).toMatchObject({ new: 1, rejected: 2 });
    expect(s.warnings!.map((w) => [w.row, w.code])).toEqual([[3, 'countyMismatch']]);
  });
});
