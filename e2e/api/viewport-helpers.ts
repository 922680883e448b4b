import { expect, type APIRequestContext } from '@playwright/test';

// Shared by the viewport specs: GET /api/stations and its GeoJSON features.

export type Feature = {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { cluster: true; count: number; expansionZoom: number } | { cluster: false; id: string; name: string; kind: string; status: string; openNow: boolean };
};

export async function viewport(request: APIRequestContext, query: string): Promise<{ features: Feature[]; bytes: number }> {
  const res = await request.get(`/api/stations?${query}`);
  const text = await res.text();
  expect(res.status(), `viewport ${query}: ${text.slice(0, 200)}`).toBe(200);
  const body = JSON.parse(text) as { type: string; features: Feature[] };
  expect(body.type).toBe('FeatureCollection');
  return { features: body.features, bytes: Buffer.byteLength(text) };
}

export const total = (fs: Feature[]) => fs.reduce((n, f) => n + (f.properties.cluster ? f.properties.count : 1), 0);
