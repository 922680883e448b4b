// Search in process at national scale: pinyin key build time and memory for
// 200,000 realistic names, and µs per query. Part of `npm run bench`; alone:
//   npx tsx --expose-gc scripts/bench-search.ts [--count 200000]
import { argValue } from './bench/stats';
import { printSearch, runSearchInProcess } from './bench/search';

export async function runSearchBench(count = argValue('--count', 200_000)): Promise<void> {
  const r = await runSearchInProcess(count);
  console.log(`\nsearch keys for ${r.stations} station names: built in ${r.buildMs} ms (pinyin-pro, in slices), ${r.keysMb} MB of heap${globalThis.gc ? '' : ' (approximate: run with --expose-gc)'}`);
  printSearch(`Search in process over ${r.stations} stations and every division of China (searchPlaces)`, r.queries);
}

if (process.argv[1]?.endsWith('bench-search.ts')) {
  runSearchBench().catch((err: unknown) => {
    console.error(`bench-search: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(1);
  });
}
