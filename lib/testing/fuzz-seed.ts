import { randomInt } from 'node:crypto';

// Every property test of the project draws from one seed per process, printed
// when the process first uses it, so a failure seen once (in CI, say) is
// replayed exactly: FUZZ_SEED=<the printed number> npm run fuzz (or the one
// spec). fast-check also prints the seed and path of the failing case.

/** Values per field: `npm test` runs a quick pass; `npm run fuzz` sets 2,000. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

let announced = false;
const fromEnv = process.env.FUZZ_SEED;
const SEED = fromEnv !== undefined && /^-?\d+$/.test(fromEnv) ? Number(fromEnv) : randomInt(2 ** 31 - 1);

export function fuzzSeed(): number {
  if (!announced) console.log(`fuzz seed ${SEED} (replay: FUZZ_SEED=${SEED}), ${RUNS} values per field`);
  announced = true;
  return SEED;
}

/** fast-check's options for one property: the process's seed and RUNS values. */
export const fuzzOptions = () => ({ numRuns: RUNS, seed: fuzzSeed(), includeErrorInReport: true });
