import { z } from 'zod';
import { countyCodeSchema, countyQuerySchema, regionQuerySchema } from '@/lib/coverage/schema';
import {
  nearestQuerySchema, pointsQuerySchema, searchQuerySchema, stationIdSchema, viewportQuerySchema,
} from '@/lib/stations/schema';
import { confirmationSchema } from '@/lib/confirmations/schema';
import { reviewJsonSchema } from '@/lib/reviews/schema';
import { STATION_SERVICES } from '@/lib/services/openapi-schema';
import { ENTRY_MODES, OPEN_STATES } from '@/lib/stations/vocab';
import { changesQuerySchema } from '@/lib/changes/schema';
import { ALERTS_OK, WEATHER_ALERT } from '@/lib/weather/openapi';
import { alertsQuerySchema } from '@/lib/weather/schema';
import { dataLicense, type DataLicense } from './license';
import { publicExportQuerySchema } from './schema';
import { CHANGE, changesOperation, exportOperation } from './openapi-open-data';

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

const SEARCH_OK = {
  description: '{ results: SearchResult[] }, best first, at most `limit`',
  content: { 'application/json': { schema: { type: 'object', required: ['results'], properties: { results: { type: 'array', items: { $ref: '#/components/schemas/SearchResult' } } } } } },
};

// The answer of /api/search (lib/stations/search.ts SearchResult).
const SEARCH_RESULT = {
  type: 'object', required: ['type', 'id', 'name', 'context', 'contextEn', 'lat', 'lng'],
  properties: {
    type: { enum: ['province', 'city', 'county', 'station'] },
    id: { type: 'string', description: 'GB/T 2260 division code, or station id' },
    name: { type: 'string', description: 'Chinese name' },
    nameEn: { type: 'string', description: 'English name of a division (absent for a station)' },
    context: { type: 'string', description: 'Where it is, in Chinese: a station\'s city and county, a county\'s city (or province), a city\'s province' },
    contextEn: { type: 'string', description: 'The same in English' },
    lat: { type: 'number', description: 'WGS-84; a division\'s centre' },
    lng: { type: 'number' },
  },
};

// What workers' confirmations, the way in and reviews add to a station (lib/stations/types.ts PublicStation).
const TRUST_FIELDS = {
  type: 'object',
  properties: {
    openNow: { type: ['boolean', 'null'], description: 'Open by status and hours; null when workers reported it locked since the last "open" (openState reported_locked)' },
    openState: { enum: [...OPEN_STATES] },
    lastConfirmedAt: { type: ['string', 'null'], format: 'date-time', description: 'The newest worker "open, I\'m here"' },
    lockedAt: { type: ['string', 'null'], format: 'date-time', description: 'A standing "locked or closed right now" (newer than the last "open", not cleared by an admin)' },
    confirmedThisWeek: { type: 'integer', description: 'Devices that confirmed it open since Monday 00:00 (China time)' },
    lastVerifiedAt: { type: ['string', 'null'], format: 'date-time', description: 'An admin\'s last check' },
    entry: { enum: [...ENTRY_MODES, null], description: 'How to get in; null when unknown' },
    entryNote: { type: ['string', 'null'] },
    grade: { type: ['object', 'null'], properties: { stars: { type: 'number' }, count: { type: 'integer' } }, description: 'Mean stars (one decimal) and count of published reviews' },
  },
};

/** A public write with a small JSON body: its answers. */
function post(summary: string, body: z.ZodType, answers: Record<number, { description: string }>) {
  const json = (schema: unknown) => ({ 'application/json': { schema } });
  return {
    post: {
      summary, parameters: [pathParam('id', stationIdSchema)], requestBody: { required: true, content: json(toSchema(body)) },
      responses: {
        ...answers, 400: ERROR, 404: { description: 'No such public station' }, 413: { description: 'Body over 4 KB' },
        429: { description: 'Over a limit (per device and station, or per address an hour); Retry-After says when' }, 503: { description: 'The database is unavailable; retry later' },
      },
    },
  };
}

const pathParam = (name: string, s: z.ZodType) => ({ name, in: 'path', required: true, schema: toSchema(s) });

/** `license`: the station data's licence (DATA_LICENSE), named in info.license and on the export. */
export function openApiDocument(serverUrl: string, license: DataLicense = dataLicense()) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Yizhan public API', version: '1',
      description: 'Trade-union worker service stations in China. Coordinates are WGS-84 (GPS). Lists are comma-separated codes.',
      license: { name: license.name, ...(license.url ? { url: license.url } : {}) },
    },
    servers: [{ url: serverUrl }],
    paths: {
      '/api/stations': get('Stations and clusters in a viewport (GeoJSON)', queryParams(viewportQuerySchema), ok('GeoJSON FeatureCollection', 'application/json')),
      '/api/stations/points': get('Station points in a bounding box', queryParams(pointsQuerySchema), ok('Points')),
      '/api/stations/nearest': get('The nearest stations to a point, with distances', queryParams(nearestQuerySchema), ok('{ stations: PublicStation[] }')),
      '/api/stations/{id}': get('One station; its county, city and province named in Chinese and English (countyName / countyNameEn, cityName / cityNameEn, provinceName / provinceNameEn)', [pathParam('id', stationIdSchema)], ok('PublicStation')),
      '/api/stations/{id}/confirmations': post(
        'A worker\'s one-tap word, no account: open (open, I\'m here), locked (locked or closed right now), gone (not here any more). One per station per device an hour, 60 an hour per address',
        confirmationSchema, { 204: { description: 'Recorded' } },
      ),
      '/api/stations/{id}/reviews': {
        ...get('The station\'s grade and newest published reviews, each with the union\'s public reply', [pathParam('id', stationIdSchema)], ok('{ grade, reviews }')),
        ...post(
          'A review, no account: 1–5 stars and at most 300 characters without links, shown once an admin publishes it. Two stars or fewer also opens a complaint to the county union; `track` is its private path. Five an hour per address, one a day per station',
          reviewJsonSchema, { 201: { description: '{ review: { id, status: "pending" }, track: string | null }' } },
        ),
      },
      '/api/divisions/provinces': get('Every province: code, name, nameEn and a rough outline (rings of lng, lat, … to about 10 km)', [], ok('{ provinces: { code, name, nameEn, rings }[] }')),
      '/api/search': get(
        'Provinces, cities and counties of China and stations whose name matches, by Chinese, pinyin (tones, spaces and apostrophes ignored), initials or English; exact before prefix before contains',
        queryParams(searchQuerySchema), SEARCH_OK,
      ),
      '/api/coverage': get('Coverage of the counties within a region (`within`: a province or city code; default DEFAULT_REGION)', queryParams(regionQuerySchema), ok('Coverage')),
      '/api/coverage/{code}': get('Coverage of one county', [pathParam('code', countyCodeSchema), ...queryParams(countyQuerySchema)], ok('County coverage')),
      '/api/export/stations': exportOperation(get('Download every public station (public fields)', queryParams(publicExportQuerySchema), ok('GeoJSON or CSV (UTF-8 with BOM)', 'application/octet-stream')), license),
      '/api/changes': changesOperation(get(
        'Stations created, updated or removed (archived) since a time, oldest first, each once in its latest state: what a mirror of the export fetches again or drops',
        queryParams(changesQuerySchema), ok('{ changes: Change[], next }'),
      )),
      '/api/weather/alerts': get('Heat and cold alerts set by province and city unions, in force now; the stations that help are `weather=heat|cold` on the station queries', queryParams(alertsQuerySchema), ALERTS_OK),
    },
    components: {
      schemas: {
        SearchResult: SEARCH_RESULT,
        StationTrust: TRUST_FIELDS,
        StationServices: STATION_SERVICES,
        Change: CHANGE,
        WeatherAlert: WEATHER_ALERT,
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['message'], properties: { message: { type: 'string' }, field: { type: 'string' } } } } },
      },
    },
  };
}
export type OpenApiDocument = ReturnType<typeof openApiDocument>;
