import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { toHono } from '@/components/station-page/render-markup';
import { toReact } from '@/components/stations/render-react';
import { REVIEW_INITIAL, type ReviewItem } from '@/lib/reviews/state';
import { gradeText, reviewSectionView, type ReviewSectionSetup, type ReviewWords } from './review-section-view';

// The review section, drawn by both renderers: what the public wrote stays
// text, the grade reads as the issue asks, and the form is what the page posts.

const hono = async (m: ReturnType<typeof reviewSectionView>) => String(await (toHono(m) as { toString(): string | Promise<string> }).toString());
const react = (m: ReturnType<typeof reviewSectionView>) => renderToStaticMarkup(toReact(m) as React.ReactElement);

const ZH: Record<string, string> = { grade: '★ {stars} · {count} 条评价', none: '还没有评价。', starsOf: '{count} 星', reply: '工会回复', thanks: '谢谢，评价经审核后显示。', track: '查看：', trackLink: '投诉进度' };
const words: ReviewWords = {
  locale: 'zh-CN',
  reviews: (key, values = {}) => (ZH[key] ?? key).replace(/\{(\w+)\}/g, (_m, k: string) => String(values[k])),
};

const hostile = '<script>window.__x=1</script>"&';
const review: ReviewItem = { id: 'r1', stars: 4, text: hostile, createdAt: '2026-12-01T02:00:00Z', reply: `回复 ${hostile}`, repliedAt: '2026-12-02T02:00:00Z' };
const setup = (over: Partial<ReviewSectionSetup> = {}): ReviewSectionSetup => ({
  stationId: 's1', grade: { stars: 4.25, count: 12 }, reviews: [review], state: REVIEW_INITIAL, answered: false, words, level: 2, idPrefix: 'review', form: { method: 'post' }, ...over,
});

describe('review section', () => {
  it('shows the grade with one decimal and its count, or says there is none', () => {
    expect(gradeText({ stars: 4.3, count: 12 }, words)).toBe('★ 4.3 · 12 条评价');
    expect(gradeText({ stars: 4, count: 1 }, words)).toBe('★ 4.0 · 1 条评价');
    expect(gradeText(null, words)).toBeNull();
  });

  it('escapes what the public and the union wrote, in both renderers', async () => {
    for (const html of [await hono(reviewSectionView(setup())), react(reviewSectionView(setup()))]) {
      expect(html).not.toContain('<script>');
      expect(html).toContain('&lt;script&gt;window.__x=1&lt;/script&gt;');
      expect(html).toContain('工会回复');
      expect(html).toContain('aria-label="4 星"');
    }
  });

  it('has five star radios in a fieldset, a bounded textarea, the form name and a honeypot', async () => {
    const html = await hono(reviewSectionView(setup({ grade: null, reviews: [] })));
    expect(html).toContain('还没有评价。');
    expect(html.match(/<input type="radio" name="stars"/g)).toHaveLength(5);
    expect(html).toMatch(/<fieldset[^>]*><legend>starsLegend<\/legend>/);
    expect(html).toContain('maxlength="300"');
    expect(html).toContain('<input type="hidden" name="form" value="review"');
    expect(html).toMatch(/class="review-hp" aria-hidden="true"/);
    expect(html).not.toMatch(/<details[^>]* open/);
  });

  it('thanks the sender and, for a complaint, links its private page', async () => {
    const done = { ...REVIEW_INITIAL, done: true, track: '/complaints/abc' };
    const html = await hono(reviewSectionView(setup({ state: done, answered: true })));
    expect(html).toMatch(/<details[^>]* open/);
    expect(html).toContain('谢谢，评价经审核后显示。');
    expect(html).toContain('<a href="/complaints/abc">投诉进度</a>');
    expect(html).not.toContain('<form');
    expect(await hono(reviewSectionView(setup({ state: { ...done, track: null }, answered: true })))).not.toContain('/complaints/');
  });

  it('gives the form back with the refusal and what was typed', async () => {
    const refused = { ...REVIEW_INITIAL, error: null, fields: { text: '不能有链接' }, values: { stars: '2', text: 'see x.cn' }, status: 400 };
    const html = await hono(reviewSectionView(setup({ state: refused, answered: true })));
    expect(html).toMatch(/<input type="radio" name="stars" value="2"[^>]* checked/);
    expect(html).toContain('see x.cn</textarea>');
    expect(html).toContain('<p id="review-text-error" class="field-error">不能有链接</p>');
    expect(html).toContain('aria-describedby="review-text-error"');
  });
});
