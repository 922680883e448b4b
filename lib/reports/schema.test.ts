import { describe, expect, it } from 'vitest';
import { decisionSchema, isHoneypotFilled, readReport } from './schema';
import { REPORT_TEXT_MAX } from './vocab';

const base = { stationId: 'st-1', category: 'wrong_hours', text: '  周末不开门  ', locale: 'en' };

describe('report schema', () => {
  it('accepts a report and trims its text', () => {
    expect(readReport(base)).toEqual({ kind: 'ok', data: { ...base, text: '周末不开门' } });
  });

  it('allows an empty text except for "other"', () => {
    expect(readReport({ ...base, text: '' }).kind).toBe('ok');
    expect(readReport({ ...base, text: undefined }).kind).toBe('ok');
    expect(readReport({ ...base, category: 'other', text: '   ' })).toEqual({ kind: 'invalid', errors: { text: 'textRequired' } });
  });

  it('limits the text length', () => {
    expect(readReport({ ...base, text: 'x'.repeat(REPORT_TEXT_MAX) }).kind).toBe('ok');
    expect(readReport({ ...base, text: 'x'.repeat(REPORT_TEXT_MAX + 1) })).toEqual({ kind: 'invalid', errors: { text: 'textTooLong' } });
  });

  it('counts a CRLF line break as one character, as the textarea does', () => {
    const lines = 'x'.repeat(REPORT_TEXT_MAX - 1);
    expect(readReport({ ...base, text: `a\r\nb` })).toMatchObject({ kind: 'ok', data: { text: 'a\nb' } });
    expect(readReport({ ...base, text: `${lines.slice(1)}\r\n` + 'y' }).kind).toBe('ok');
  });

  it('names the field of each problem', () => {
    expect(readReport({ ...base, category: 'bogus' })).toEqual({ kind: 'invalid', errors: { category: 'category' } });
    expect(readReport({ ...base, category: undefined })).toEqual({ kind: 'invalid', errors: { category: 'category' } });
    expect(readReport({ ...base, stationId: '../etc' })).toEqual({ kind: 'invalid', errors: { stationId: 'station' } });
    expect(readReport({ ...base, text: 42 })).toEqual({ kind: 'invalid', errors: { text: 'invalid' } });
  });

  it('falls back to Chinese for an unknown locale', () => {
    const r = readReport({ ...base, locale: 'fr' });
    expect(r.kind === 'ok' && r.data.locale).toBe('zh-CN');
  });
});

describe('honeypot', () => {
  it('is empty for people', () => {
    expect(isHoneypotFilled({ ...base, website: '' })).toBe(false);
    expect(isHoneypotFilled(base)).toBe(false);
  });

  it('marks a filled form as spam before anything else is checked', () => {
    expect(isHoneypotFilled({ website: 'http://spam.example' })).toBe(true);
    expect(readReport({ ...base, website: 'http://spam.example' })).toEqual({ kind: 'spam' });
    expect(readReport({ category: 'bogus', website: 'x' })).toEqual({ kind: 'spam' });
  });
});

describe('decision schema', () => {
  it('accepts progress, resolve and dismiss (the form, not the schema, asks a reply of the last two)', () => {
    expect(decisionSchema.parse({ reportId: 'r1', decision: 'dismiss' })).toEqual({ reportId: 'r1', decision: 'dismiss', note: '', locale: 'zh-CN' });
    expect(decisionSchema.safeParse({ reportId: 'r1', decision: 'resolve', note: '已改' }).success).toBe(true);
    expect(decisionSchema.parse({ reportId: 'r1', decision: 'progress' })).toMatchObject({ decision: 'progress', note: '' });
  });

  it('refuses anything else', () => {
    expect(decisionSchema.safeParse({ reportId: 'r1', decision: 'delete' }).success).toBe(false);
    expect(decisionSchema.safeParse({ reportId: 'r 1', decision: 'resolve' }).success).toBe(false);
    expect(decisionSchema.safeParse({ reportId: 'r1', decision: 'resolve', note: 'x'.repeat(501) }).success).toBe(false);
  });
});
