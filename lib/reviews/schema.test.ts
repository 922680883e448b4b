import { describe, expect, it } from 'vitest';
import { hasLink } from './links';
import { readReviewForm, readReviewJson, reviewDecisionSchema, reviewReplySchema } from './schema';
import { REVIEW_TEXT_MAX } from './vocab';

const base = { stationId: 'st-1', stars: '4', text: '  干净，有热水  ', locale: 'en' };

describe('review form', () => {
  it('accepts a review, trims its text and reads the stars as a number', () => {
    expect(readReviewForm(base)).toEqual({ kind: 'ok', data: { stationId: 'st-1', stars: 4, text: '干净，有热水', locale: 'en' } });
  });

  it('takes 1 to 5 whole stars and nothing else', () => {
    for (const stars of ['1', '3', '5']) expect(readReviewForm({ ...base, stars }).kind).toBe('ok');
    for (const stars of ['0', '6', '2.5', '', ' 4', '04', '4a', undefined, 4]) {
      expect(readReviewForm({ ...base, stars }), String(stars)).toEqual({ kind: 'invalid', errors: { stars: 'stars' } });
    }
  });

  it('makes the text optional from 3 stars up, required at 2 stars or fewer', () => {
    expect(readReviewForm({ ...base, stars: '3', text: '' }).kind).toBe('ok');
    expect(readReviewForm({ ...base, stars: '5', text: undefined }).kind).toBe('ok');
    expect(readReviewForm({ ...base, stars: '2', text: '   ' })).toEqual({ kind: 'invalid', errors: { text: 'textRequired' } });
    expect(readReviewForm({ ...base, stars: '1', text: undefined })).toEqual({ kind: 'invalid', errors: { text: 'textRequired' } });
    expect(readReviewForm({ ...base, stars: '1', text: '门锁着' }).kind).toBe('ok');
  });

  it('limits the text to 300 characters, a CRLF counting as one, a NUL as none', () => {
    expect(readReviewForm({ ...base, text: '好'.repeat(REVIEW_TEXT_MAX) }).kind).toBe('ok');
    expect(readReviewForm({ ...base, text: '好'.repeat(REVIEW_TEXT_MAX + 1) })).toEqual({ kind: 'invalid', errors: { text: 'textTooLong' } });
    expect(readReviewForm({ ...base, text: `${'x'.repeat(REVIEW_TEXT_MAX - 2)}\r\ny` })).toMatchObject({ kind: 'ok', data: { text: `${'x'.repeat(REVIEW_TEXT_MAX - 2)}\ny` } });
    expect(readReviewForm({ ...base, text: `a\u0000b${'x'.repeat(REVIEW_TEXT_MAX - 2)}` })).toMatchObject({ kind: 'ok', data: { text: `ab${'x'.repeat(REVIEW_TEXT_MAX - 2)}` } });
  });

  it('refuses links', () => {
    for (const text of ['看 www.x.com', 'http://example.org', '加我 https://a', 'abc.cn 优惠', '群：t.me/abc', '访问abc.com很方便', 'ＡＢＣ．ＣＯＭ', 'abc。com']) {
      expect(readReviewForm({ ...base, text }), text).toEqual({ kind: 'invalid', errors: { text: 'noLinks' } });
    }
  });

  it('names the field of each problem', () => {
    expect(readReviewForm({ ...base, stationId: '../etc' })).toEqual({ kind: 'invalid', errors: { stationId: 'station' } });
    expect(readReviewForm({ ...base, text: ['a', 'b'] })).toEqual({ kind: 'invalid', errors: { text: 'invalid' } });
    expect(readReviewForm({ ...base, stars: '9', text: 'x'.repeat(400) })).toEqual({ kind: 'invalid', errors: { stars: 'stars', text: 'textTooLong' } });
  });

  it('falls back to Chinese for an unknown locale', () => {
    const r = readReviewForm({ ...base, locale: 'fr' });
    expect(r.kind === 'ok' && r.data.locale).toBe('zh-CN');
  });
});

describe('honeypot', () => {
  it('is empty for people', () => {
    expect(readReviewForm({ ...base, website: '' }).kind).toBe('ok');
  });

  it('marks a filled form as spam before anything else is checked', () => {
    expect(readReviewForm({ ...base, website: 'x' })).toEqual({ kind: 'spam' });
    expect(readReviewForm({ stars: '9', website: 'http://spam.example' })).toEqual({ kind: 'spam' });
  });
});

describe('review JSON', () => {
  it('takes stars as a whole number from 1 to 5', () => {
    expect(readReviewJson({ stars: 4, text: '不错' })).toEqual({ kind: 'ok', data: { stars: 4, text: '不错' } });
    expect(readReviewJson({ stars: 5 })).toEqual({ kind: 'ok', data: { stars: 5, text: '' } });
    for (const stars of [0, 6, 2.5, '4', null, undefined, Number.NaN, true]) {
      expect(readReviewJson({ stars, text: '' }), String(stars)).toEqual({ kind: 'invalid', errors: { stars: 'stars' } });
    }
  });

  it('names the text for a wrong type, a long text, a link, a missing complaint', () => {
    expect(readReviewJson({ stars: 4, text: 42 })).toEqual({ kind: 'invalid', errors: { text: 'invalid' } });
    expect(readReviewJson({ stars: 4, text: 'y'.repeat(301) })).toEqual({ kind: 'invalid', errors: { text: 'textTooLong' } });
    expect(readReviewJson({ stars: 4, text: 'see www.spam.net' })).toEqual({ kind: 'invalid', errors: { text: 'noLinks' } });
    expect(readReviewJson({ stars: 2, text: '' })).toEqual({ kind: 'invalid', errors: { text: 'textRequired' } });
  });

  it('has no honeypot: a "website" key is just ignored', () => {
    expect(readReviewJson({ stars: 3, website: 'x' }).kind).toBe('ok');
  });
});

describe('links', () => {
  it('finds addresses however they are written', () => {
    for (const t of ['www.x.com', 'WWW.EXAMPLE.ORG', 'http://', 'HTTPS://x', 'abc.cn', 'x.cn', 't.me', 'mail a@b.net', 'shop.example.co.uk/x', '192.168.1.10', 'abc.中国人']) {
      expect(hasLink(t), t).toBe(true);
    }
  });

  it('leaves ordinary text alone', () => {
    for (const t of ['干净，有热水。', 'Open 8.30 to 17.00, ok.Nice place', 'There.In the morning', '水 1.5L 免费', 'e.g. a toilet', 'v1.2.3', '评分 4.5 分。环境好', 'No.5 building', 'awww.', '有wifi。网络很快', '有USB。手机能充电']) {
      expect(hasLink(t), t).toBe(false);
    }
  });
});

describe('admin schemas', () => {
  it('decides publish or reject only', () => {
    expect(reviewDecisionSchema.parse({ reviewId: 'r1', decision: 'publish' })).toEqual({ reviewId: 'r1', decision: 'publish', locale: 'zh-CN' });
    expect(reviewDecisionSchema.safeParse({ reviewId: 'r1', decision: 'delete' }).success).toBe(false);
    expect(reviewDecisionSchema.safeParse({ reviewId: 'r 1', decision: 'reject' }).success).toBe(false);
  });

  it('takes a reply of 1 to 500 characters', () => {
    expect(reviewReplySchema.parse({ reviewId: 'r1', reply: ' 已修好门锁 \r\n' })).toMatchObject({ reply: '已修好门锁' });
    expect(reviewReplySchema.safeParse({ reviewId: 'r1', reply: '  ' }).success).toBe(false);
    expect(reviewReplySchema.safeParse({ reviewId: 'r1', reply: 'x'.repeat(501) }).success).toBe(false);
  });
});
