import { describe, expect, it } from 'vitest';
import { weekStart } from './week';

describe('weekStart', () => {
  it('is Monday 00:00 in China, whatever the day', () => {
    // Monday 7 December 2026, 00:00 China = Sunday 16:00 UTC.
    const monday = '2026-12-06T16:00:00.000Z';
    expect(weekStart(new Date('2026-12-07T04:00:00Z')).toISOString()).toBe(monday);
    expect(weekStart(new Date(monday)).toISOString()).toBe(monday);
    expect(weekStart(new Date('2026-12-13T15:59:59Z')).toISOString()).toBe(monday);
  });
  it('turns at midnight in China, not in UTC', () => {
    // Sunday 23:59 in China is still last week; a minute later the new one starts.
    expect(weekStart(new Date('2026-12-06T15:59:00Z')).toISOString()).toBe('2026-11-29T16:00:00.000Z');
    expect(weekStart(new Date('2026-12-06T16:01:00Z')).toISOString()).toBe('2026-12-06T16:00:00.000Z');
  });
});
