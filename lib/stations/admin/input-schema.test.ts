import { describe, expect, test } from 'vitest';
import { fromWgs84 } from '@/lib/geo/crs';
import { fieldErrors, inputFromForm, stationInputSchema } from './input-schema';

// 东湖区 (Nanchang), inside its own polygon.
const DONGHU = { lat: 28.702086, lng: 115.898683 };
const base = {
  name: '八一广场驿站', kind: 'station', status: 'in_use', lat: String(DONGHU.lat), lng: String(DONGHU.lng),
  openingHours: 'Mo-Fr 08:00-18:00', amenities: ['toilet', 'drinking_water'], address: '八一大道 1 号',
  phone: '0791-88886666 转 8', operator: '东湖区总工会', notes: '',
};

function errors(input: Record<string, unknown>) {
  const r = stationInputSchema.safeParse(input);
  expect(r.success).toBe(false);
  return r.success ? {} : fieldErrors(r.error);
}

describe('station input schema', () => {
  test('a valid form becomes a stored row: county proposed, codes ordered, empty text null', () => {
    const r = stationInputSchema.parse(base);
    expect(r).toMatchObject({ name: '八一广场驿站', countyCode: '360102', amenities: ['drinking_water', 'toilet'], notes: null, operator: '东湖区总工会' });
    expect(r.lat).toBeCloseTo(DONGHU.lat, 6);
  });

  test('GCJ-02 and BD-09 points are stored as WGS-84', () => {
    const [gx, gy] = fromWgs84(DONGHU.lng, DONGHU.lat, 'gcj02');
    const r = stationInputSchema.parse({ ...base, lat: String(gy), lng: String(gx), crs: 'gcj02' });
    expect(r.lat).toBeCloseTo(DONGHU.lat, 5);
    expect(r.lng).toBeCloseTo(DONGHU.lng, 5);
    expect(Math.abs(gx - DONGHU.lng)).toBeGreaterThan(0.003);
    const [bx, by] = fromWgs84(DONGHU.lng, DONGHU.lat, 'bd09');
    const b = stationInputSchema.parse({ ...base, lat: by, lng: bx, crs: 'bd09' });
    expect(b.lng).toBeCloseTo(DONGHU.lng, 5);
  });

  test('CSV-style input: numbers and comma-separated amenities', () => {
    const r = stationInputSchema.parse({ ...base, lat: DONGHU.lat, lng: DONGHU.lng, amenities: 'wifi, toilet' });
    expect(r.amenities).toEqual(['toilet', 'wifi']);
  });

  test('each bad field is named with an error code', () => {
    expect(errors({ ...base, name: '  ' }).name?.code).toBe('required');
    expect(errors({ ...base, name: 'x'.repeat(101) }).name).toEqual({ code: 'tooLong', params: { max: 100 } });
    expect(errors({ ...base, kind: 'palace' }).kind?.code).toBe('invalidChoice');
    expect(errors({ ...base, status: undefined }).status?.code).toBe('invalidChoice');
    expect(errors({ ...base, lat: 'abc' }).lat?.code).toBe('notNumber');
    expect(errors({ ...base, lat: '' }).lat?.code).toBe('required');
    expect(errors({ ...base, lng: '200' }).lng).toEqual({ code: 'outOfRange', params: { min: -180, max: 180 } });
    expect(errors({ ...base, crs: 'mars' }).crs?.code).toBe('invalidChoice');
    expect(errors({ ...base, amenities: ['toilet', 'sauna'] }).amenities).toEqual({ code: 'unknownAmenity', params: { value: 'sauna' } });
    expect(errors({ ...base, phone: 'call me' }).phone?.code).toBe('invalidPhone');
    expect(errors({ ...base, notes: 'n'.repeat(2001) }).notes?.code).toBe('tooLong');
    expect(errors({ ...base, countyCode: '999999' }).countyCode?.code).toBe('unknownCounty');
  });

  test('opening hours are refused with validateHours’ message', () => {
    const e = errors({ ...base, openingHours: 'Mo-Fr 25:00-26:00' });
    expect(e.openingHours?.code).toBe('invalidHours');
    expect(String(e.openingHours?.params.detail)).not.toBe('');
    expect(errors({ ...base, openingHours: 'sunrise-sunset' }).openingHours?.params.detail).toMatch(/Sunrise/);
  });

  test('a point outside China or outside the chosen county is refused, naming the field', () => {
    expect(errors({ ...base, lat: '35.69', lng: '139.69' }).lat?.code).toBe('outsideChina'); // Tokyo
    expect(errors({ ...base, lat: '28', lng: '123' }).lat?.code).toBe('outsideChina'); // East China Sea
    const e = errors({ ...base, countyCode: '360111' }); // 青山湖区
    expect(e.countyCode).toEqual({ code: 'pointOutsideCounty', params: { county: '青山湖区', found: '东湖区' } });
  });

  test('any county of China: the point decides it, a county it is not in is refused naming both', () => {
    expect(stationInputSchema.parse({ ...base, lat: '31.23', lng: '121.47' }).countyCode).toBe('310101'); // Shanghai 黄浦区
    const erqi = { ...base, lat: '34.6795', lng: '113.5886' }; // Zhengzhou 二七区
    expect(stationInputSchema.parse(erqi).countyCode).toBe('410103');
    expect(stationInputSchema.parse({ ...erqi, countyCode: '410103' }).countyCode).toBe('410103');
    expect(errors({ ...erqi, countyCode: '410105' }).countyCode).toEqual({ code: 'pointOutsideCounty', params: { county: '金水区', found: '二七区' } });
    expect(errors({ ...erqi, countyCode: '410100' }).countyCode?.code).toBe('unknownCounty'); // a city, not a county
  });

  test('红谷滩区 (no polygon of its own) accepts points in 新建区’s polygon', () => {
    expect(stationInputSchema.parse({ ...base, lat: '28.63', lng: '115.79', countyCode: '360113' }).countyCode).toBe('360113');
    expect(stationInputSchema.parse({ ...base, lat: '28.63', lng: '115.79' }).countyCode).toBe('360112');
  });

  test('inputFromForm reads repeated amenities and ignores unknown fields', () => {
    const form = new FormData();
    form.append('name', 'A');
    form.append('amenities', 'wifi');
    form.append('amenities', 'toilet');
    form.append('version', '3');
    expect(inputFromForm(form)).toEqual({ name: 'A', amenities: ['wifi', 'toilet'] });
  });
});

describe('how to get in', () => {
  test('empty or absent is unknown (null); a listed way in is kept, with its note trimmed', () => {
    expect(stationInputSchema.parse(base)).toMatchObject({ entry: null, entryNote: null });
    expect(stationInputSchema.parse({ ...base, entry: '', entryNote: '  ' })).toMatchObject({ entry: null, entryNote: null });
    expect(stationInputSchema.parse({ ...base, entry: 'pin', entryNote: ' 按门铃 ' })).toMatchObject({ entry: 'pin', entryNote: '按门铃' });
    expect(stationInputSchema.parse({ ...base, entry: null, entryNote: '前台出示身份证' })).toMatchObject({ entry: null, entryNote: '前台出示身份证' });
  });

  test('a way in that is not one of the list, or a note over 200 characters, is named', () => {
    expect(errors({ ...base, entry: 'wechat' }).entry).toEqual({ code: 'invalidChoice', params: {} });
    expect(errors({ ...base, entry: 'PIN' }).entry?.code).toBe('invalidChoice');
    expect(errors({ ...base, entryNote: '门'.repeat(201) }).entryNote).toEqual({ code: 'tooLong', params: { max: 200 } });
    expect(stationInputSchema.parse({ ...base, entryNote: '门'.repeat(200) }).entryNote).toHaveLength(200);
  });

  test('NUL characters are dropped from the note, as from the other texts', () => {
    expect(stationInputSchema.parse({ ...base, entryNote: '按\u0000门铃' }).entryNote).toBe('按门铃');
  });

  test('inputFromForm reads the entry fields', () => {
    const form = new FormData();
    form.append('entry', 'staffed');
    form.append('entryNote', '按门铃');
    expect(inputFromForm(form)).toMatchObject({ entry: 'staffed', entryNote: '按门铃' });
  });
});

describe('services', () => {
  const form = (rows: [string, string, string][]) => {
    const f = new FormData();
    for (const [kind, schedule, note] of rows) {
      f.append('serviceKind', kind);
      f.append('serviceSchedule', schedule);
      f.append('serviceNote', note);
    }
    return f;
  };

  test('rows from the form are paired by position, blank ones skipped, and stored as JSON text', () => {
    const rows = form([['legal_aid', 'Tu,Th 14:00-17:00', '带身份证'], ['', '', ''], ['haircut', 'Sa 09:00-12:00', '']]);
    expect(inputFromForm(rows).services).toEqual([
      { kind: 'legal_aid', schedule: 'Tu,Th 14:00-17:00', note: '带身份证' }, { kind: '', schedule: '', note: '' }, { kind: 'haircut', schedule: 'Sa 09:00-12:00', note: '' },
    ]);
    expect(stationInputSchema.parse({ ...base, ...inputFromForm(rows) }).services).toBe(
      '[{"kind":"legal_aid","schedule":"Tu,Th 14:00-17:00","note":"带身份证"},{"kind":"haircut","schedule":"Sa 09:00-12:00","note":null}]');
    expect(stationInputSchema.parse({ ...base, ...inputFromForm(form([['', '', '']])) }).services).toBe('[]');
  });

  test('a form without the services editor says nothing of them', () => {
    expect('services' in inputFromForm(new FormData())).toBe(false);
    expect(stationInputSchema.parse(base).services).toBeUndefined();
  });

  test('a problem names the row as the form shows it and the field', () => {
    const rows = form([['haircut', 'Sa 09:00-12:00', ''], ['', '', ''], ['legal_aid', '每周二下午', '']]);
    expect(errors({ ...base, ...inputFromForm(rows) }).services).toMatchObject({ code: 'invalidHours', params: { row: 3, part: 'schedule' } });
    expect(errors({ ...base, ...inputFromForm(form([['other', 'Sa 09:00-12:00', '']])) }).services).toEqual({ code: 'serviceNoteRequired', params: { row: 1, part: 'note' } });
    const many = form(Array.from({ length: 13 }, () => ['haircut', 'Sa 09:00-12:00', ''] as [string, string, string]));
    expect(errors({ ...base, ...inputFromForm(many) }).services).toEqual({ code: 'tooManyServices', params: { max: 12 } });
  });
});

