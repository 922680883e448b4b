import type { APIRequestContext } from '@playwright/test';
import { expect } from './fixtures';
import { fromAddress } from './support/client-address';

// Shared by the coverage specs: the API's figures, which the pages must agree with.

export type ApiCounty = { code: string; name: string; cityCode: string; areaKm2: number | null; coveredKm2: number | null; coveredShare: number | null; stationsInUse: number };
export type ApiSuggestion = { rank: number; lat: number; lng: number; addsKm2: number };

export async function provinceApi(request: APIRequestContext, mode = 'walk') {
  const res = await request.get(`/api/coverage?mode=${mode}`, fromAddress());
  expect(res.status()).toBe(200);
  return (await res.json()) as { counties: ApiCounty[]; cities: { code: string; areaKm2: number; coveredKm2: number; stationsInUse: number }[]; province: { areaKm2: number; coveredKm2: number; coveredShare: number; stationsInUse: number } };
}

export async function countyApi(request: APIRequestContext, code: string, mode = 'walk') {
  const res = await request.get(`/api/coverage/${code}?mode=${mode}`, fromAddress());
  expect(res.status()).toBe(200);
  return (await res.json()) as { county: ApiCounty; suggestions: ApiSuggestion[]; grid: { cols: number; rows: number; runs: number[] } };
}

/** The least covered county with a boundary; ties by code, as the table sorts. */
export function worstOf(counties: ApiCounty[]): ApiCounty {
  return counties.filter((c) => c.coveredShare !== null).sort((a, b) => a.coveredShare! - b.coveredShare! || a.code.localeCompare(b.code))[0]!;
}

/** "12.3%" → 0.123; "—" → null. */
export function parseShare(text: string): number | null {
  const n = parseFloat(text.replace(/[^\d.]/g, ''));
  return Number.isFinite(n) ? n / 100 : null;
}
