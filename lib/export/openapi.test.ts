import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi';

describe('OpenAPI document', () => {
  const doc = openApiDocument('http://localhost');
  it('is OpenAPI 3.1 with the public endpoints', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/stations/nearest', '/api/search', '/api/export/stations']));
  });
  it('takes its parameters from the handlers\' zod schemas', () => {
    const params = doc.paths['/api/stations/nearest'].get.parameters as { name: string; required: boolean }[];
    const byName = Object.fromEntries(params.map((p) => [p.name, p]));
    expect(byName.lat?.required).toBe(true);
    expect(byName.limit?.required).toBe(false);
    expect(Object.keys(byName)).toEqual(expect.arrayContaining(['lat', 'lng', 'limit', 'kind', 'amenities', 'openNow', 'bbox']));
  });
  it('describes the search answer with the English name beside the Chinese one', () => {
    const params = doc.paths['/api/search'].get.parameters as { name: string; required: boolean }[];
    expect(params.map((p) => [p.name, p.required])).toEqual([['q', true], ['limit', false]]);
    const result = doc.components.schemas.SearchResult;
    expect(Object.keys(result.properties)).toEqual(expect.arrayContaining(['type', 'name', 'nameEn', 'context', 'contextEn']));
    expect(result.properties.type.enum).toContain('province');
  });
});

describe('OpenAPI: trust on the ground', () => {
  const doc = openApiDocument('http://localhost');
  it('documents the confirmation write with its refusals and the fields it changes', () => {
    const op = doc.paths['/api/stations/{id}/confirmations'].post;
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['204', '400', '404', '429']));
    expect(JSON.stringify(op.requestBody)).toContain('"locked"');
    expect(Object.keys(doc.components.schemas.StationTrust.properties)).toEqual(expect.arrayContaining(['openState', 'lastConfirmedAt', 'entry', 'grade']));
    const reviews = doc.paths['/api/stations/{id}/reviews'];
    expect(Object.keys(reviews.post.responses)).toEqual(expect.arrayContaining(['201', '400', '404', '429']));
    expect(JSON.stringify(reviews.post.requestBody)).toContain('"stars"');
  });
});

describe('OpenAPI: open data', () => {
  const license = { name: 'ODbL 1.0', url: 'https://opendatacommons.org/licenses/odbl/1-0/', attribution: '江西省总工会' };
  const doc = openApiDocument('http://localhost', license);

  it('names the data licence in info.license', () => {
    expect(doc.info.license).toEqual({ name: 'ODbL 1.0', url: 'https://opendatacommons.org/licenses/odbl/1-0/' });
    expect(openApiDocument('http://localhost', { ...license, url: null }).info.license).toEqual({ name: 'ODbL 1.0' });
  });

  it('documents the export\'s licence, ETag, 304 and 429', () => {
    const op = doc.paths['/api/export/stations'].get;
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '304', '400', '429']));
    expect(Object.keys(op.responses[200].headers)).toEqual(['ETag', 'X-License', 'Link']);
    expect(op.summary).toContain('ODbL 1.0');
    expect((op.parameters as { name: string; in: string }[]).map((p) => `${p.in}:${p.name}`)).toEqual(['query:format', 'query:locale', 'header:If-None-Match']);
  });

  it('documents the change feed from its zod schema, with its answer', () => {
    const op = doc.paths['/api/changes'].get;
    const params = op.parameters as { name: string; required: boolean; schema: Record<string, unknown> }[];
    expect(params.map((p) => [p.name, p.required])).toEqual([['since', true], ['after', false], ['limit', false]]);
    expect(params[0]!.schema).toMatchObject({ type: 'string', format: 'date-time' });
    expect(params[2]!.schema).toMatchObject({ type: 'string', description: 'Changes per page' });
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '400', '503']));
    expect(JSON.stringify(op.responses[200])).toContain('#/components/schemas/Change');
    expect(doc.components.schemas.Change.properties.change.enum).toEqual(['created', 'updated', 'removed']);
  });
});
