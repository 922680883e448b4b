import JSZip from 'jszip';
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { expect, test } from '../fixtures';
import { asAdmin } from '../admin-fixtures';
import { IMPORT_LIMITS } from '../../lib/import/limits';
import { dryRun, keptUploads } from './import-helpers';

// Each file an attacker (or a careless export) can send to the import: read
// whole or refused naming the real limit, never cut, and nothing left behind.

test.describe.configure({ timeout: 120_000 });

const padded = (rows: string[], tag: string) => Buffer.from([`名称,经度,纬度,备注`, ...rows].join('\n') + `\n# ${tag}`);

test('an 11.6 MB file of 12,000 rows is read whole, not cut at 10 MB', async ({ page }) => {
  await asAdmin(page, 'province');
  const note = 'x'.repeat(1000);
  const body = padded(Array.from({ length: 12_000 }, (_, i) => `站${i},,,${note}`), randomUUID());
  expect(body.length).toBeGreaterThan(11 * 1024 * 1024);
  const a = await dryRun(page, 'big.csv', body);
  expect(a.last).toMatchObject({ type: 'preview', counts: { read: 12_001 } }); // the rows and the tag line
  expect(await keptUploads(body)).toBe(0);
});

test('a body over the byte limit is refused with a 413 naming it, before it is sent', async ({ page, baseURL }) => {
  await asAdmin(page, 'province');
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const { hostname, port } = new URL(baseURL!);
  const answer = await new Promise<string>((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write([
      'POST /api/import?step=preview&crs=wgs84&name=huge.csv&locale=zh-CN HTTP/1.1', `Host: ${hostname}:${port}`, `Cookie: ${cookie}`,
      `Content-Length: ${IMPORT_LIMITS.bytes + 1}`, 'Content-Type: text/csv', '', ''].join('\r\n')));
    let text = '';
    socket.on('data', (d) => {
      text += d.toString();
      if (text.includes('\r\n\r\n') && text.includes('}}')) socket.destroy();
    });
    socket.on('close', () => resolve(text));
    socket.on('error', reject);
  });
  expect(answer).toMatch(/^HTTP\/1\.1 413/u);
  expect(answer).toContain('"field":"file"');
  expect(answer).toContain('200 MB');
});

test('too many columns, a GeoJSON property name per feature and a zip bomb are refused with a 400 naming the limit', async ({ page }) => {
  await asAdmin(page, 'province');
  const wide = Buffer.from(`${Array.from({ length: 101 }, (_, i) => `列${i}`).join(',')}\n${'1,'.repeat(100)}1\n`);
  const features = Array.from({ length: 6000 }, (_, i) => ({
    type: 'Feature', geometry: { type: 'Point', coordinates: [115.9, 28.7] }, properties: { 名称: `站${i}`, [`k${i}`]: i },
  }));
  const keys = Buffer.from(JSON.stringify({ type: 'FeatureCollection', features }));
  const zip = new JSZip();
  zip.file('xl/worksheets/sheet1.xml', ' '.repeat(1000));
  const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  const entry = bomb.lastIndexOf(Buffer.from('xl/worksheets/sheet1.xml')) - 46; // its central directory record
  bomb.writeUInt32LE(0xf0000000, entry + 24); // declares 3.9 GB unpacked
  for (const [name, body, says] of [['wide.csv', wide, '最多 100 列'], ['keys.geojson', keys, '最多 100 列'], ['bomb.xlsx', bomb, '上限 500 MB']] as const) {
    const a = await dryRun(page, name, body);
    expect([a.status, a.error], name).toEqual([400, { message: expect.stringContaining(says), field: 'file' }]);
    expect(await keptUploads(body), name).toBe(0);
  }
});

test('a file past the row limit stops there, with an error naming the limit, and leaves nothing behind', async ({ page }) => {
  await asAdmin(page, 'province');
  const body = padded(Array.from({ length: IMPORT_LIMITS.rows + 10 }, () => 'x,,,'), randomUUID());
  const a = await dryRun(page, 'rows.csv', body);
  expect(a.last).toMatchObject({ type: 'error', status: 400, message: expect.stringContaining('最多 250,000 行') });
  expect(a.lines.some((l) => l.type === 'preview')).toBe(false);
  expect(await keptUploads(body)).toBe(0);
});

test('a dry run stops, and its files go, when its client leaves', async ({ page, baseURL }) => {
  await asAdmin(page, 'province');
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  // 200,000 rows that each need the database: minutes of checking if nobody stopped it.
  const tag = randomUUID().slice(0, 8);
  const body = padded(Array.from({ length: 200_000 }, (_, i) => `离开${tag}-${i},115.9${i % 1000},28.6${i % 997},`), tag);
  const gone = new AbortController();
  const res = await fetch(`${baseURL}/api/import?step=preview&crs=wgs84&name=leave.csv&locale=zh-CN`, {
    method: 'POST', body, headers: { cookie }, signal: gone.signal,
  });
  const reader = res.body!.getReader();
  const first = new TextDecoder().decode((await reader.read()).value);
  expect(first).toContain('"type":"progress"');
  expect(await keptUploads(body)).toBe(1); // being checked
  gone.abort();
  await expect.poll(() => keptUploads(body), { timeout: 5000 }).toBe(0);
});
