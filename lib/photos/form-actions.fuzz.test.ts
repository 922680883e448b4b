import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { hostileFormValue } from '@/lib/testing/hostile';
import { openFuzzDb, PROVINCE, type FuzzDb } from '@/lib/testing/fuzz-db';
import { fuzzField } from '@/lib/testing/fuzz-form';
import { PHOTO_TYPES } from './limits';

// The photo forms under fuzz: hostile station ids, locales and files (random
// bytes, broken and truncated images under an image type) never throw, and a
// refused upload or delete writes nothing.

let fdb: FuzzDb;
let forms: typeof import('./form-actions');
let stationId: string;

// A 1×1 PNG.
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'));

beforeAll(async () => {
  fdb = await openFuzzDb();
  forms = await import('./form-actions');
  stationId = (await fdb.db.station.create({
    data: { name: '有照片的驿站', kind: 'station', status: 'in_use', lat: 28.69, lng: 115.9, countyCode: '360102', openingHours: '24/7' },
  })).id;
}, 60_000);
afterAll(() => fdb?.close());

const imageType = fc.oneof(fc.constantFrom(...PHOTO_TYPES), fc.constantFrom('', 'image/gif', 'text/html', 'image/svg+xml'));
/** The PNG with bytes flipped, cut short or grown: headers and chunk lengths that lie. */
const brokenPng = fc.tuple(fc.array(fc.tuple(fc.nat(PNG.length - 1), fc.nat(255)), { maxLength: 6 }), fc.nat(PNG.length), fc.uint8Array({ maxLength: 64 }))
  .map(([flips, cut, extra]) => {
    const b = PNG.slice(0, Math.max(cut, 8));
    for (const [i, v] of flips) if (i < b.length) b[i] = v;
    return Uint8Array.from([...b, ...extra]);
  });
const files = fc.tuple(fc.oneof(brokenPng, fc.uint8Array({ maxLength: 2000 }), fc.constant(PNG)), imageType, fc.string({ maxLength: 20 }))
  .map(([bytes, type, name]) => new File([bytes], name, { type }));

const refusal = (r: string) => (r === 'ok' ? null : r === 'station' ? ['stationId'] : ['noFile', 'tooBig', 'type', 'notImage'].includes(r) ? ['photo'] : []);

describe('photo forms fuzz', { timeout: 300_000 }, () => {
  const base = () => ({ stationId, locale: 'zh-CN' });
  // Accepted uploads are deleted again, so the station never fills up and the valid path keeps running.
  const reset = () => fdb.db.photo.deleteMany();

  it.each([
    ['stationId', fc.oneof(fc.constant('x'), fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/))],
    ['locale', fc.constantFrom('zh-CN', 'en')],
  ] as const)('upload: %s', async (field, valid) => {
    await fuzzField({
      db: fdb.db, field, valid, base, reset,
      submit: (form) => {
        form.append('photo', new File([PNG], 'a.png', { type: 'image/png' }));
        return forms.uploadPhotoForm(PROVINCE, form);
      },
      refusal,
    });
  });

  it('upload: photo', async () => {
    await fuzzField({
      db: fdb.db, field: 'photo', valid: fc.constant(''), base, reset,
      values: fc.oneof({ weight: 3, arbitrary: files }, { weight: 1, arbitrary: hostileFormValue(fc.constant('')) }),
      submit: (form) => forms.uploadPhotoForm(PROVINCE, form), refusal,
    });
  });

  it.each(['photoId', 'locale'])('delete: %s', async (field) => {
    await fuzzField({
      db: fdb.db, field, valid: field === 'locale' ? fc.constantFrom('zh-CN', 'en') : fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
      base: () => ({ photoId: 'no-such-photo', locale: 'zh-CN' }),
      submit: (form) => forms.removePhotoForm(PROVINCE, form), refusal: (r) => (r === 'ok' ? null : []),
    });
  });
});
