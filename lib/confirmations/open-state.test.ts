import { describe, expect, it } from 'vitest';
import { isLocked, openNowOf, openState, signalAfter, type Signal } from './open-state';

const at = (hhmm: string) => new Date(`2026-12-07T${hhmm}:00+08:00`);
const none: Signal = { lastOpenAt: null, lockedAt: null };

describe('worker confirmations → open state', () => {
  it('a "locked" turns an open-by-hours station uncertain until someone says open', () => {
    let s = signalAfter(none, 'open', at('09:00'));
    expect(openState({ inUse: true, openByHours: true, signal: s })).toBe('open');
    s = signalAfter(s, 'locked', at('14:10'));
    expect(openState({ inUse: true, openByHours: true, signal: s })).toBe('reported_locked');
    expect(openNowOf('reported_locked')).toBeNull();
    s = signalAfter(s, 'open', at('15:00'));
    expect(openState({ inUse: true, openByHours: true, signal: s })).toBe('open');
    expect(s.lastOpenAt).toEqual(at('15:00'));
  });

  it('an older "locked" than the newest "open" does not count', () => {
    expect(isLocked({ lastOpenAt: at('15:00'), lockedAt: at('14:10') })).toBe(false);
    expect(isLocked({ lastOpenAt: at('14:10'), lockedAt: at('15:00') })).toBe(true);
    expect(isLocked({ lastOpenAt: null, lockedAt: at('15:00') })).toBe(true);
    expect(isLocked(null)).toBe(false);
  });

  it('hours and status come first: closed is closed, locked or not', () => {
    const locked = signalAfter(none, 'locked', at('22:00'));
    expect(openState({ inUse: true, openByHours: false, signal: locked })).toBe('closed');
    expect(openState({ inUse: false, openByHours: true, signal: locked })).toBe('not_in_use');
    expect(openNowOf('closed')).toBe(false);
    expect(openNowOf('open')).toBe(true);
  });

  it('"not here any more" leaves the signal alone (the county queue decides)', () => {
    const s = signalAfter(none, 'open', at('09:00'));
    expect(signalAfter(s, 'gone', at('10:00'))).toBe(s);
  });
});
