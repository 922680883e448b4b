import { describe, expect, it } from 'vitest';
import { openApiDocument } from '@/lib/export/openapi';

describe('OpenAPI: services', () => {
  const doc = openApiDocument('http://localhost');

  it('takes the "services today" and service filters from the zod schema, on every filtered read', () => {
    for (const path of ['/api/stations/nearest', '/api/stations', '/api/stations/points'] as const) {
      const params = doc.paths[path].get.parameters as { name: string; required: boolean; description?: string }[];
      const byName = Object.fromEntries(params.map((p) => [p.name, p]));
      expect(byName.servicesToday).toMatchObject({ required: false, description: expect.stringContaining('today') });
      expect(byName.service?.description).toContain('legal_aid');
    }
  });

  it('documents the field of a station', () => {
    const services = doc.components.schemas.StationServices.properties.services;
    expect(services.items.properties.kind.enum).toEqual(['legal_aid', 'haircut', 'discounted_meals', 'health_check', 'donated_goods', 'battery_swap', 'other']);
    expect(Object.keys(services.items.properties)).toEqual(['kind', 'schedule', 'note', 'today', 'next']);
  });
});
