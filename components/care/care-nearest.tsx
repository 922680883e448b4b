'use client';
import { useSyncExternalStore } from 'react';
import { CareList } from './care-list';
import { useCareNearest, type CarePhase } from './use-care-nearest';
import type { CareWords } from './words';

// The care-mode first screen's one action (components/care/care-home.tsx): a big button for the nearest
// open station, then the nearest three with distance, minutes on foot and a big "去这里".

type Props = { w: CareWords };

function statusText(phase: CarePhase, w: CareWords): string {
  if (phase === 'locating') return w.locating;
  if (phase === 'searching') return w.searching;
  if (phase === 'done') return w.found;
  return '';
}

const noChanges = () => () => undefined;

const PROBLEMS: Partial<Record<CarePhase, 'denied' | 'unavailable' | 'error'>> = { denied: 'denied', unavailable: 'unavailable', error: 'error' };

export function CareNearest({ w }: Props) {
  const { phase, items, locate } = useCareNearest();
  const problem = PROBLEMS[phase];
  // Server-rendered, the button would take a tap before its code runs and do nothing: it waits, disabled, until it can act.
  const ready = useSyncExternalStore(noChanges, () => true, () => false);
  return (
    <>
      <button type="button" className="button primary care-nearest" onClick={locate} disabled={!ready} aria-describedby="care-ask-hint">
        <span aria-hidden="true">📍 </span>{w.nearest}
      </button>
      <p id="care-ask-hint" className="care-hint">{w.askHint}</p>
      {/* Always in the page, so a screen reader hears each change of a region it already knows. */}
      <p className="care-status" role="status">{statusText(phase, w)}</p>
      {problem && <p className="care-problem" role="alert">{w[problem]}</p>}
      {phase === 'done' && (
        <section className="care-results" aria-labelledby="care-results-heading">
          <h2 id="care-results-heading">{w.results}</h2>
          <CareList items={items} w={w} />
          <p className="care-note">{w.assumptions}</p>
        </section>
      )}
    </>
  );
}
