import { describe, expect, it } from 'vitest';
import { locateAnswered, revealPlan, sameSpot } from './reveal-list';

const fix = { lat: 28.6812345, lng: 115.8598765 };
// What the URL gives back after toSearch/parseState: 5 decimals.
const inUrl = { lat: 28.68123, lng: 115.85988 };

describe('locateAnswered', () => {
  const answered = { settled: true, status: 'idle' as const };

  it('waits until the URL has the located point and the list has answered it', () => {
    expect(locateAnswered(fix, inUrl, answered)).toBe(true);
    // The list still shows the earlier view's answer (the query moved on, nothing answered it yet).
    expect(locateAnswered(fix, inUrl, { settled: false, status: 'idle' })).toBe(false);
    expect(locateAnswered(fix, inUrl, { settled: false, status: 'loading' })).toBe(false);
    // A retry of that very query is on its way.
    expect(locateAnswered(fix, inUrl, { settled: true, status: 'loading' })).toBe(false);
    // The URL is not there yet (or a search moved the origin elsewhere since).
    expect(locateAnswered(fix, null, answered)).toBe(false);
    expect(locateAnswered(fix, { lat: 28.69, lng: 115.86 }, answered)).toBe(false);
  });

  it('reveals an error too (the retry button is in the list), and nothing without a locate', () => {
    expect(locateAnswered(fix, inUrl, { settled: true, status: 'error' })).toBe(true);
    expect(locateAnswered(null, inUrl, answered)).toBe(false);
  });

  it('compares points as the URL writes them', () => {
    expect(sameSpot(fix, inUrl)).toBe(true);
    expect(sameSpot(fix, { lat: 28.68124, lng: 115.85988 })).toBe(false);
  });
});

describe('revealPlan', () => {
  const base = { sheetOpen: true, focusAt: 'nowhere' as const, still: false, inView: false };

  it('scrolls the list to the top, smoothly unless the worker asks for reduced motion, and moves focus to it', () => {
    expect(revealPlan(base)).toEqual({ openSheet: false, scroll: 'smooth', focus: true });
    expect(revealPlan({ ...base, still: true })).toEqual({ openSheet: false, scroll: 'auto', focus: true });
    expect(revealPlan({ ...base, focusAt: 'locate' }).focus).toBe(true);
  });

  it('opens a collapsed sheet first', () => {
    expect(revealPlan({ ...base, sheetOpen: false }).openSheet).toBe(true);
  });

  it('does not scroll a list already on screen, but still says where the answer is', () => {
    expect(revealPlan({ ...base, inView: true })).toEqual({ openSheet: false, scroll: null, focus: true });
  });

  it('leaves focus the worker put elsewhere, and a worker typing a place undisturbed', () => {
    expect(revealPlan({ ...base, focusAt: 'elsewhere' })).toEqual({ openSheet: false, scroll: 'smooth', focus: false });
    expect(revealPlan({ ...base, focusAt: 'field' })).toEqual({ openSheet: false, scroll: null, focus: false });
  });
});
