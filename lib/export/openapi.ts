import { z } from 'zod';
import { countyCodeSchema, countyQuerySchema, coverageQuerySchema } from '@/lib/coverage/schema';
import {
  nearestQuerySchema, pointsQuerySchema, searchQuerySchema, stationIdSchema, viewportQuerySchema,
} from '@/lib/stations/schema';
import { publicExportQuerySchema } from './schema';

// The OpenAPI 3.1 document of the public API, its parameters generated from
// the very zod schemas the route handlers parse with, so they cannot drift.

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; required?: string[]; description?: string };

const toSchema = (s: z.ZodType): JsonSchema => {
  const js = z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  delete js.$schema;
  return js;
};

function queryParams(schema: z.ZodObject) {
  const js = toSchema(schema);
  return Object.entries(js.properties ?? {}).map(([name, s]) => ({
    name, in: 'query', required: (js.required ?? []).includes(name) && !('default' in s), schema: s,
    ...(s.description ? { description: s.description } : {}),
  }));
}

const ERROR = { description: 'Bad parameter: { error: { message, field } }', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const ok = (description: string, type = 'application/json') => ({ description, content: { [type]: { schema: { type: 'object' } } } });

function get(summary: string, params: unknown[], response: ReturnType<typeof ok>) {
  return { get: { summary, parameters: params, responses: { 200: response, 400: ERROR, 503: { description: 'The database is unavailable; retry later' } } } };
}

const pathParam = (name: string, s: z.ZodType) => ({ name, in: 'path', required: true, schema: toSchema(s) });

export function openApiDocument(serverUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Yizhan public API', version: '1',
      description: 'Trade-union worker service stations in Jiangxi. Coordinates are WGS-84 (GPS). Lists are comma-separated codes.',
    },
    servers: [{ url: serverUrl }],
    paths: {
      '/api/stations': get('Stations and clusters in a viewport (GeoJSON)', queryParams(viewportQuerySchema), ok('GeoJSON FeatureCollection', 'application/json')),
      '/api/stations/points': get('Station points in a bounding box', queryParams(pointsQuerySchema), ok('Points')),
      '/api/stations/nearest': get('The nearest stations to a point, with distances', queryParams(nearestQuerySchema), ok('{ stations: PublicStation[] }')),
      '/api/stations/{id}': get('One station', [pathParam('id', stationIdSchema)], ok('PublicStation')),
      '/api/search': get('Counties, cities and stations whose name matches', queryParams(searchQuerySchema), ok('{ results }')),
      '/api/coverage': get('Coverage of every county', queryParams(coverageQuerySchema), ok('Coverage')),
      '/api/coverage/{code}': get('Coverage of one county', [pathParam('code', countyCodeSchema), ...queryParams(countyQuerySchema)], ok('County coverage')),
      '/api/export/stations': get('Download every public station (public fields)', queryParams(publicExportQuerySchema), ok('GeoJSON or CSV (UTF-8 with BOM)', 'application/octet-stream')),
    },
    components: {
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['message'], properties: { message: { type: 'string' }, field: { type: 'string' } } } } },
      },
    },
  };
}
export type OpenApiDocument = ReturnType<typeof openApiDocument>;
