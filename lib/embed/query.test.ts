import { describe, expect, it } from 'vitest';
import { parseEmbedQuery } from './query';

describe('embed query', () => {
  it('fits a known county to its outline', () => {
    const q = parseEmbedQuery({ county: '360111' });
    expect(q.ok && q.target.kind === 'county' && q.target.county.name).toBe('青山湖区');
    if (!q.ok) throw new Error('refused');
    const b = q.target.box;
    expect(b.minLng).toBeLessThan(b.maxLng);
    expect(b.minLat).toBeLessThan(b.maxLat);
    // Around the district's own point, and a district's size, not the province's.
    expect(b.minLng < 115.957 && 115.957 < b.maxLng && b.minLat < 28.686 && 28.686 < b.maxLat).toBe(true);
    expect(b.maxLng - b.minLng).toBeLessThan(0.5);
  });

  it('gives 红谷滩区, which has no polygon, a small box around its point', () => {
    const q = parseEmbedQuery({ county: '360113' });
    if (!q.ok) throw new Error('refused');
    expect(q.target.box.maxLng - q.target.box.minLng).toBeCloseTo(0.1);
  });

  it('takes a box as given', () => {
    expect(parseEmbedQuery({ bbox: '115.8,28.6,115.9,28.7' })).toEqual({
      ok: true, target: { kind: 'bbox', box: { minLng: 115.8, minLat: 28.6, maxLng: 115.9, maxLat: 28.7 } },
    });
    expect(parseEmbedQuery({ bbox: ['115.8,28.6,115.9,28.7', 'x'] }).ok).toBe(true);
  });

  it('names what is wrong with bad input', () => {
    expect(parseEmbedQuery({})).toEqual({ ok: false, problem: 'missing' });
    expect(parseEmbedQuery({ county: '360111', bbox: '1,2,3,4' })).toEqual({ ok: false, problem: 'both' });
    for (const county of ['', 'abc', '36011', '3601111', `${'9'.repeat(300)}`]) expect(parseEmbedQuery({ county })).toEqual({ ok: false, problem: 'badCounty' });
    for (const county of ['110101', '360100', '999999']) expect(parseEmbedQuery({ county })).toEqual({ ok: false, problem: 'unknownCounty' });
    for (const bbox of ['', '1,2,3', '116,28,115,29', 'a,b,c,d', '0,0,200,10', 'x'.repeat(500)]) expect(parseEmbedQuery({ bbox })).toEqual({ ok: false, problem: 'badBbox' });
  });
});
