import { LRUCache } from 'lru-cache';
import { foldText } from '@/lib/search/text';
import { type SearchResult, searchPlaces } from './search';
import type { StationIndex } from './station-index';

// A pinyin query scans every station's keys (~10 ms at 200,000 stations), so
// the answers to recent queries are kept per index: a link shared in a group
// brings the same few queries from hundreds of phones. A new index (after any
// data change) starts an empty cache, so an answer is never older than the data.

const MAX_QUERIES = 500;

const caches = new WeakMap<StationIndex, LRUCache<string, SearchResult[]>>();

export function cachedSearch(index: StationIndex, q: string, limit: number): SearchResult[] {
  let cache = caches.get(index);
  if (!cache) caches.set(index, (cache = new LRUCache({ max: MAX_QUERIES })));
  const key = `${limit}|${foldText(q)}`;
  let answer = cache.get(key);
  if (!answer) cache.set(key, (answer = searchPlaces(index, q, limit)));
  return answer;
}
