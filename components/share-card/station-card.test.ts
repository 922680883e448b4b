import { describe, expect, it } from 'vitest';
import { cardPath } from './station-card';

describe('cardPath', () => {
  it("is the station page's path plus og.png, in the page's language", () => {
    const s = { id: 'st-1', updatedAt: '2026-12-07T01:02:03.000Z' };
    expect(cardPath('zh-CN', s)).toMatch(/^\/stations\/st-1\/og\.png\?v=[\w-]+$/);
    expect(cardPath('en', s)).toMatch(/^\/en\/stations\/st-1\/og\.png\?v=[\w-]+$/);
  });
  it('changes with every edit of the station, so crawlers fetch the new picture', () => {
    const before = cardPath('zh-CN', { id: 'st-1', updatedAt: '2026-12-07T01:02:03.000Z' });
    const after = cardPath('zh-CN', { id: 'st-1', updatedAt: '2026-12-07T01:02:03.001Z' });
    expect(after).not.toBe(before);
  });
});
