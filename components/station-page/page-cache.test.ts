import { describe, expect, it, vi } from 'vitest';
import { cachedPage, pageCacheSize, pageValidUntil } from './page-cache';
import { fillTemplate, toTemplate, type PageTemplate } from './page-template';

const part = (html: string, validUntil: number) => async () => ({ template: toTemplate(html), validUntil });
const text = (t: PageTemplate | null) => t && fillTemplate(t, {}).toString('utf8');
const at = (iso: string) => new Date(iso);

describe('pageValidUntil', () => {
  const now = at('2026-12-06T02:00:00Z'); // 10:00 in Shanghai
  it('ends at the next open/closed change when it comes first', () => {
    expect(pageValidUntil({ nextChange: '2026-12-06T02:05:00Z' }, now)).toBe(Date.parse('2026-12-06T02:05:00Z'));
  });
  it('ends ten minutes on at the latest, and at midnight in Shanghai before that', () => {
    expect(pageValidUntil({ nextChange: null }, now)).toBe(now.getTime() + 600_000);
    const late = at('2026-12-06T15:55:00Z'); // 23:55 in Shanghai
    expect(pageValidUntil({ nextChange: '2026-12-07T01:00:00Z' }, late)).toBe(Date.parse('2026-12-06T16:00:00Z'));
  });
});

describe('cachedPage', () => {
  const now = at('2026-12-06T02:00:00Z');
  const later = (ms: number) => new Date(now.getTime() + ms);

  it('renders once per station, language and version, and again when the version changes', async () => {
    const make = vi.fn(part('<main>1</main>', now.getTime() + 60_000));
    expect(text(await cachedPage('zh-CN:a', 'v1', now, make))).toBe('<main>1</main>');
    expect(text(await cachedPage('zh-CN:a', 'v1', later(1000), make))).toBe('<main>1</main>');
    expect(make).toHaveBeenCalledTimes(1);
    await cachedPage('en:a', 'v1', now, make);
    expect(make).toHaveBeenCalledTimes(2);
    const edited = vi.fn(part('<main>2</main>', now.getTime() + 60_000));
    expect(text(await cachedPage('zh-CN:a', 'v2', later(2000), edited))).toBe('<main>2</main>');
  });

  it('renders again once the page is no longer true (the station opened or closed)', async () => {
    await cachedPage('zh-CN:b', 'v1', now, part('<main>open</main>', now.getTime() + 5000));
    expect(text(await cachedPage('zh-CN:b', 'v1', later(5000), part('<main>closed</main>', now.getTime() + 60_000)))).toBe('<main>closed</main>');
  });

  it('renders once for a crowd opening the same page at once', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const make = vi.fn(async () => {
      await gate;
      return part('<main>c</main>', now.getTime() + 60_000)();
    });
    const crowd = Array.from({ length: 50 }, () => cachedPage('zh-CN:c', 'v1', now, make));
    release();
    expect(new Set((await Promise.all(crowd)).map(text))).toEqual(new Set(['<main>c</main>']));
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('keeps nothing for a station that is not there, and drops the page of one archived since', async () => {
    const size = pageCacheSize();
    expect(await cachedPage('zh-CN:gone', 'v1', now, async () => null)).toBeNull();
    expect(pageCacheSize()).toBe(size);
    await cachedPage('zh-CN:d', 'v1', now, part('<main>d</main>', now.getTime() + 60_000));
    expect(await cachedPage('zh-CN:d', 'v2', now, async () => null)).toBeNull();
    expect(pageCacheSize()).toBe(size);
  });

  it('holds a bounded number of bytes, however many stations are asked for', async () => {
    const big = 'x'.repeat(200_000); // 200 KB a page: the 32 MB cap holds ~167
    for (let i = 0; i < 400; i++) await cachedPage(`zh-CN:big${i}`, 'v1', now, part(big, now.getTime() + 60_000));
    expect(pageCacheSize()).toBeLessThan(170);
  });
});
