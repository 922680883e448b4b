// At most RUNNING share cards drawn at once per process, and at most WAITING more in line: a card
// costs ~60 ms of CPU (the page ~1 ms), so a client walking every station's og.png must not starve
// the pages. Past the line the route answers 503 with Retry-After (a crawler comes back); repeats
// are answered from lib/share-card/png-cache.ts without coming here.

const RUNNING = 2;
const WAITING = 16;

export class CardsBusyError extends Error {
  constructor() {
    super('share cards: too many being drawn');
  }
}

let running = 0;
const line: Array<() => void> = [];

/** Runs `draw` when a slot is free; throws CardsBusyError at once when the line is full. */
export async function gated<T>(draw: () => Promise<T>): Promise<T> {
  if (running >= RUNNING) {
    if (line.length >= WAITING) throw new CardsBusyError();
    await new Promise<void>((resolve) => line.push(resolve));
  } else running++;
  try {
    return await draw();
  } finally {
    // The slot passes to the next in line, or is freed.
    const next = line.shift();
    if (next) next();
    else running--;
  }
}

/** For tests: draws running and waiting. */
export const gateLoad = () => ({ running, waiting: line.length });
