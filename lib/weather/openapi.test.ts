import { describe, expect, it } from 'vitest';
import { openApiDocument } from '@/lib/export/openapi';

describe('OpenAPI: weather mode', () => {
  const doc = openApiDocument('http://localhost');
  it('documents the alerts and the station filter', () => {
    const alerts = doc.paths['/api/weather/alerts'].get;
    expect((alerts.parameters as { name: string; required: boolean }[]).map((p) => [p.name, p.required])).toEqual([['lat', false], ['lng', false]]);
    expect(Object.keys(doc.components.schemas.WeatherAlert.properties)).toEqual(['kind', 'divisionCode', 'divisionName', 'divisionNameEn', 'startsAt', 'endsAt', 'note']);
    for (const path of ['/api/stations/nearest', '/api/stations', '/api/stations/points'] as const) {
      const weather = (doc.paths[path].get.parameters as { name: string; schema: { enum?: string[] } }[]).find((p) => p.name === 'weather');
      expect(weather?.schema.enum, path).toEqual(['heat', 'cold']);
    }
  });
});
