import { ALERT_NOTE_MAX, MAX_ALERT_DAYS, WEATHER_AMENITY, WEATHER_KINDS } from './vocab';

// The weather alerts' part of the OpenAPI document (lib/export/openapi.ts); the
// `weather` filter of the station queries comes from their zod schema.

/** One alert of GET /api/weather/alerts (lib/weather/public.ts PublicAlert). */
export const WEATHER_ALERT = {
  type: 'object', required: ['kind', 'divisionCode', 'divisionName', 'divisionNameEn', 'startsAt', 'endsAt', 'note'],
  properties: {
    kind: { enum: [...WEATHER_KINDS], description: `heat: the station filter weather=heat keeps ${WEATHER_AMENITY.heat}; cold: ${WEATHER_AMENITY.cold} (no station records heating)` },
    divisionCode: { type: 'string', description: 'GB/T 2260 code of the region: a province, city or county, or 100000 for all of China' },
    divisionName: { type: 'string', description: 'The region in Chinese, e.g. 上饶市横峰县; 全国 for all of China' },
    divisionNameEn: { type: 'string' },
    startsAt: { type: 'string', format: 'date-time' },
    endsAt: { type: 'string', format: 'date-time', description: `At most ${MAX_ALERT_DAYS} days after startsAt` },
    note: { type: 'string', maxLength: ALERT_NOTE_MAX, description: 'The union\'s words to workers; may be empty' },
  },
};

export const ALERTS_OK = {
  description: 'Alerts in force now (not cancelled, started, not ended); with lat and lng only those whose region holds the point, the narrowest region first',
  content: {
    'application/json': {
      schema: { type: 'object', required: ['alerts'], properties: { alerts: { type: 'array', items: { $ref: '#/components/schemas/WeatherAlert' } } } },
    },
  },
};
