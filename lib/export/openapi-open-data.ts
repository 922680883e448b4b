import { PUBLIC_LIMITS } from '@/lib/security/public-limit-numbers';
import type { DataLicense } from './license';

// The open-data parts of the OpenAPI document: the full public dump with its
// licence and validator, and the change feed a mirror follows it with.

type Get = { summary: string; parameters: unknown[]; responses: Record<number, unknown> };

const header = (description: string) => ({ description, schema: { type: 'string' } });

/** The export's answers: its licence and ETag headers, a 304 to a matching If-None-Match, a 429 over the per-address limit. */
export function exportOperation<G extends Get>(op: { get: G }, license: DataLicense) {
  const headers = {
    ETag: header('Weak validator of the data, query and licence: send it back as If-None-Match'),
    'X-License': header(`The data's licence (${license.name}), percent-encoded when not ASCII`),
    ...(license.url ? { Link: header(`<${license.url}>; rel="license"`) } : {}),
  };
  const { points, duration } = PUBLIC_LIMITS.export;
  return {
    get: {
      ...op.get,
      summary: `${op.get.summary}: the full public dump, under ${license.name} (GeoJSON: \`license\`, \`licenseUrl\`, \`attribution\` beside \`features\`; CSV: the X-License and Link headers only, so it re-imports unchanged). Cached 5 minutes, then revalidated`,
      parameters: [
        ...op.get.parameters,
        { name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' }, description: 'The ETag of the copy you have' },
      ],
      responses: {
        ...op.get.responses,
        200: { ...(op.get.responses[200] as object), headers },
        304: { description: 'Not modified since the ETag sent: no body, and not counted against the limit', headers },
        429: { description: `Over ${points} downloads per ${duration / 60} minutes from one address; Retry-After says when` },
      },
    },
  };
}

/** One entry of the change feed (lib/changes/query.ts Change). */
export const CHANGE = {
  type: 'object', required: ['id', 'change', 'at'],
  properties: {
    id: { type: 'string', description: 'Station id: the `id` of its feature in the GeoJSON export, and the `{id}` of /api/stations/{id}' },
    change: { enum: ['created', 'updated', 'removed'], description: 'created at or after `since`; removed: archived, no longer public; otherwise updated' },
    at: { type: 'string', format: 'date-time', description: 'When the station was last written' },
  },
};

const CHANGES_OK = {
  description: 'Oldest first; `next` is the cursor of the following page (send it as `after` with the same `since`), null on the last',
  content: {
    'application/json': {
      schema: {
        type: 'object', required: ['changes', 'next'],
        properties: { changes: { type: 'array', items: { $ref: '#/components/schemas/Change' } }, next: { type: ['string', 'null'] } },
      },
    },
  },
};

export function changesOperation<G extends Get>(op: { get: G }) {
  return { get: { ...op.get, responses: { ...op.get.responses, 200: CHANGES_OK } } };
}
