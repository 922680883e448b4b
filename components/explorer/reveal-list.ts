// After "locate me" the worker wants the nearest stations, and on a phone they sit below the
// map, the search box and the filters. Once the list answers the located point it is brought
// into view (use-reveal-list.ts); these are the decisions, kept pure so they are unit-tested.

export type Spot = { lat: number; lng: number };

/** Where focus is when the answer comes: nowhere (the busy button let it go), still on "locate me", in a text field, elsewhere. */
export type FocusAt = 'nowhere' | 'locate' | 'field' | 'elsewhere';

/** `scroll`: how to bring the list to the top of the screen, or null to leave the page where it is. */
export type RevealPlan = { openSheet: boolean; scroll: 'smooth' | 'auto' | null; focus: boolean };

/** The same point as the URL and the list's query write it (5 decimals, ~1 m). */
export function sameSpot(a: Spot, b: Spot): boolean {
  return a.lat.toFixed(5) === b.lat.toFixed(5) && a.lng.toFixed(5) === b.lng.toFixed(5);
}

/**
 * The list now answers the point "locate me" found: the URL's origin is that point and the list's
 * answer (or its error) for it is in, so an answer for the earlier view is never the one revealed.
 */
export function locateAnswered(pending: Spot | null, origin: Spot | null, list: { settled: boolean; status: 'idle' | 'loading' | 'error' }): boolean {
  return pending !== null && origin !== null && sameSpot(pending, origin) && list.settled && list.status !== 'loading';
}

type Situation = {
  sheetOpen: boolean;
  focusAt: FocusAt;
  /** prefers-reduced-motion (components/map/motion.ts). */
  still: boolean;
  /** The list's heading and its first entry are already wholly on screen (a desktop's side list, mostly). */
  inView: boolean;
};

/**
 * What to do once the answer is in. A collapsed sheet opens: the worker asked for the nearest stations.
 * Focus moves to the list's heading only from "locate me" itself (or from nowhere, where the disabled busy
 * button dropped it): a screen reader then reads "离你最近的站点 (n)", the answer to the tap, and Tab goes on
 * into the list. Focus the worker put elsewhere meanwhile stays there; someone typing a place keeps the box
 * in view too, so the page does not move under their fingers.
 */
export function revealPlan({ sheetOpen, focusAt, still, inView }: Situation): RevealPlan {
  if (focusAt === 'field') return { openSheet: false, scroll: null, focus: false };
  return {
    openSheet: !sheetOpen,
    scroll: inView ? null : still ? 'auto' : 'smooth',
    focus: focusAt === 'nowhere' || focusAt === 'locate',
  };
}
