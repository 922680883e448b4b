'use client';
import dynamic from 'next/dynamic';

// The button and its list load only in care mode, in a chunk of their own: the map page's first load
// (e2e/budget.spec.ts) carries none of it, whether or not the bundler would have split it from the page.
export const CareNearestLazy = dynamic(() => import('./care-nearest').then((m) => m.CareNearest));
