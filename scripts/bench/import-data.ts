// A station list as a county union would send it: Chinese headers, GCJ-02
// points (as copied from an Amap picker), every row inside its own county.
// The same seed always writes the same file.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { fromWgs84 } from '@/lib/geo/crs';
import { amenitiesFor, mulberry32, openingHoursFor, phoneFor } from '@/lib/sample-data-attributes';
import { jiangxiRows } from './coverage-data';

const HEADER = '编号,名称,类型,状态,地址,经度,纬度,区划代码,开放时间,设施,电话,管理单位,备注';
const KINDS = ['工会驿站', '工会驿站', '工会驿站', '职工活动阵地', '县级职工服务中心'];

function line(n: number, lng: number, lat: number, county: string, rng: () => number): string {
  const [x, y] = fromWgs84(lng, lat, 'gcj02');
  const kind = KINDS[n % KINDS.length]!;
  const amenities = amenitiesFor('station', rng).split(',').filter(Boolean).join('、');
  return [`IMP-${n}`, `导入驿站 ${n}`, kind, '使用中', `测试路 ${n} 号`, x.toFixed(6), y.toFixed(6), county,
    `"${openingHoursFor('station', rng)}"`, amenities, phoneFor('360100', rng), '县总工会', ''].join(',');
}

/** Writes `count` rows (plus the header) to `file`, in batches so memory stays flat. */
export async function writeImportCsv(file: string, count: number, seed = 2026): Promise<void> {
  const out = createWriteStream(file);
  const rng = mulberry32(seed);
  out.write(`\uFEFF${HEADER}\n`);
  const BATCH = 10_000;
  for (let from = 0; from < count; from += BATCH) {
    const rows = jiangxiRows(Math.min(BATCH, count - from), seed + from);
    const text = rows.map((r, i) => line(from + i, r.lng, r.lat, r.countyCode, rng)).join('\n');
    if (!out.write(`${text}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
