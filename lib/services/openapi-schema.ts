import { NEXT_HORIZON_DAYS } from './calendar';
import { SERVICE_KINDS, SERVICE_LIMITS } from './vocab';

// The `services` field of GET /api/stations/{id} (PublicStation.services), for the OpenAPI document.
export const STATION_SERVICES = {
  type: 'object',
  required: ['services'],
  properties: {
    services: {
      type: 'array', maxItems: SERVICE_LIMITS.count,
      description: 'Recurring services (legal aid, haircuts, …); empty when none. Times are China time (Asia/Shanghai).',
      items: {
        type: 'object', required: ['kind', 'schedule', 'note', 'today', 'next'],
        properties: {
          kind: { enum: [...SERVICE_KINDS] },
          schedule: { type: 'string', maxLength: SERVICE_LIMITS.schedule, description: 'OSM opening_hours, e.g. "Tu,Th 14:00-17:00"' },
          note: { type: ['string', 'null'], maxLength: SERVICE_LIMITS.note, description: 'e.g. "bring your ID card"; what an "other" service is' },
          today: { type: 'array', items: { type: 'string' }, description: 'Today\'s intervals, e.g. ["14:00–17:00"] (en dash; a "to" earlier than its "from" ends the next morning); empty when not today' },
          next: {
            type: ['object', 'null'], required: ['date', 'inDays', 'intervals'],
            description: `The first later day it runs, within ${NEXT_HORIZON_DAYS} days; null when none`,
            properties: { date: { type: 'string', format: 'date' }, inDays: { type: 'integer', minimum: 1 }, intervals: { type: 'array', items: { type: 'string' } } },
          },
        },
      },
    },
  },
};
