'use client';
import { useCallback, useEffect, useState } from 'react';
import { reducedMotion } from '@/components/map/motion';
import { locateAnswered, revealPlan, type FocusAt, type Spot } from './reveal-list';
import type { ListState } from './use-station-list';

// Brings the nearest stations into view once "locate me" has its answer (reveal-list.ts says what and why).

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'number', 'tel', 'url', 'password']);

function focusAt(el: Element | null): FocusAt {
  if (!el || el === document.body || el === document.documentElement) return 'nowhere';
  if (el.closest('.locate')) return 'locate';
  const typing = el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && TEXT_INPUTS.has(el.type))
    || (el instanceof HTMLElement && el.isContentEditable);
  return typing ? 'field' : 'elsewhere';
}

/** The list's heading and first entry are wholly inside the window (a side list is as tall as the window). */
function inView(top: Element, first: Element | null): boolean {
  const a = top.getBoundingClientRect();
  const b = (first ?? top).getBoundingClientRect();
  return a.top >= 0 && b.bottom <= window.innerHeight;
}

/** Returns what "locate me" calls with the point it found, before the map and the list move there. */
export function useRevealList(origin: Spot | null, list: Pick<ListState, 'settled' | 'status'>, sheetOpen: boolean, setSheetOpen: (open: boolean) => void): (at: Spot) => void {
  const [pending, setPending] = useState<Spot | null>(null);
  const ready = locateAnswered(pending, origin, list);

  useEffect(() => {
    if (!ready) return;
    // In the frame after the new list is drawn, so its first entry is measured where it is.
    const frame = requestAnimationFrame(() => {
      // The list's box: with "只看收藏" on it holds the saved stations, without this heading.
      const box = document.getElementById('station-list');
      const first = box?.querySelector('li') ?? null;
      const plan = revealPlan({ sheetOpen, focusAt: focusAt(document.activeElement), still: reducedMotion(), inView: !box || inView(box, first) });
      // Opened first; this runs again once the sheet, and so the list, is drawn.
      if (plan.openSheet) return setSheetOpen(true);
      if (box && plan.scroll) box.scrollIntoView({ block: 'start', behavior: plan.scroll });
      if (box && plan.focus) (box.querySelector<HTMLElement>('#sheet-heading') ?? box).focus({ preventScroll: true });
      // Once revealed the list is the worker's again: later answers (panning, filters) move nothing.
      setPending(null);
    });
    return () => cancelAnimationFrame(frame);
  }, [ready, sheetOpen, setSheetOpen]);

  return useCallback((at: Spot) => setPending(at), []);
}
