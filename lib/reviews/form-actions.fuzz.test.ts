import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Admin } from '@/lib/permissions/roles';
import { openFuzzDb, PROVINCE, type FuzzDb } from '@/lib/testing/fuzz-db';
import { fuzzField } from '@/lib/testing/fuzz-form';
import type { ModerateOutcome, ReviewFormOutcome } from './form-actions';
import { REVIEW_HONEYPOT_FIELD } from './vocab';

// The public review form and the admins' moderation forms under fuzz: hostile
// values in every field never throw, and a refused submission writes nothing.

let fdb: FuzzDb;
let forms: typeof import('./form-actions');
let stationId: string;
let pendingId: string;
let publishedId: string;
const county: Admin = { id: 'fuzz-county', email: 'c@fuzz.test', name: 'c', role: 'county', divisionCode: '360111' };

beforeAll(async () => {
  fdb = await openFuzzDb();
  forms = await import('./form-actions');
  // The week's salt is written once, on first use: before the fuzz, so that no refusal is blamed for it.
  await (await import('@/lib/security/client-hash')).clientHash('127.0.0.1');
  const station = await fdb.db.station.create({
    data: { name: '被评价的驿站', kind: 'station', status: 'in_use', lat: 28.69, lng: 115.9, countyCode: '360102', openingHours: '24/7' },
  });
  stationId = station.id;
  const review = (status: string) => fdb.db.review.create({ data: { stationId, countyCode: '360102', stars: 3, text: '一般', status, clientHash: 'fuzz' } });
  pendingId = (await review('pending')).id;
  publishedId = (await review('published')).id;
}, 60_000);
afterAll(() => fdb?.close());

function submitted(r: ReviewFormOutcome): string[] | null {
  if (r.kind === 'done') return null;
  if (r.kind === 'invalid') return Object.keys(r.errors).length ? Object.keys(r.errors) : ['(none)'];
  return r.kind === 'station' ? ['stationId'] : [];
}

const REVIEW_VALID: Record<string, fc.Arbitrary<string>> = {
  stationId: fc.oneof(fc.constant('x'), fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/)),
  stars: fc.constantFrom('1', '2', '3', '4', '5'),
  text: fc.string({ maxLength: 400 }),
  locale: fc.constantFrom('zh-CN', 'en'),
  [REVIEW_HONEYPOT_FIELD]: fc.constant(''),
};

describe('review forms fuzz', { timeout: 300_000 }, () => {
  let ip = 0;
  it.each(Object.keys(REVIEW_VALID))('public review: %s', async (field) => {
    await fuzzField({
      db: fdb.db, field, valid: field === 'stationId' ? fc.oneof(fc.constant(stationId), REVIEW_VALID.stationId!) : REVIEW_VALID[field]!,
      base: () => ({ form: 'review', stationId, stars: '2', text: '热水器坏了', locale: 'zh-CN' }),
      // A new address each time, so neither limit hides the valid path.
      submit: (form) => forms.submitReviewForm(form, `10.${(ip >> 16) & 255}.${(ip >> 8) & 255}.${ip++ & 255}`),
      // Stars alone can make a missing text a problem: a valid "2" with the base's text never does, a hostile one may.
      refusal: submitted, blames: field === 'stars' ? ['text'] : [],
    });
  });

  const moderated = (r: ModerateOutcome) => (r.error === null ? null : r.error === 'badDecision' || r.error === 'badReply' ? ['(form)'] : []);

  const DECIDE_VALID: Record<string, fc.Arbitrary<string>> = {
    reviewId: fc.oneof(fc.constant('x'), fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/)),
    decision: fc.constantFrom('publish', 'reject'),
    locale: fc.constantFrom('zh-CN', 'en'),
  };

  it.each(Object.keys(DECIDE_VALID))('moderation: %s', async (field) => {
    await fuzzField({
      db: fdb.db, field, valid: field === 'reviewId' ? fc.oneof(fc.constant(pendingId), DECIDE_VALID.reviewId!) : DECIDE_VALID[field]!,
      base: () => ({ reviewId: pendingId, decision: 'publish', locale: 'zh-CN' }),
      reset: () => fdb.db.review.updateMany({ where: { id: pendingId, status: { not: 'pending' } }, data: { status: 'pending', decidedAt: null, decidedBy: null } }),
      submit: (form) => forms.decideReviewForm(PROVINCE, form), refusal: moderated, blames: ['(form)'],
    });
  });

  const REPLY_VALID: Record<string, fc.Arbitrary<string>> = {
    reviewId: fc.oneof(fc.constant('x'), fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/)),
    reply: fc.string({ minLength: 1, maxLength: 500 }).filter((s) => s.replace(/\0/g, '').trim() !== ''),
    locale: fc.constantFrom('zh-CN', 'en'),
  };

  it.each(Object.keys(REPLY_VALID))('reply: %s', async (field) => {
    await fuzzField({
      db: fdb.db, field, valid: field === 'reviewId' ? fc.oneof(fc.constant(publishedId), REPLY_VALID.reviewId!) : REPLY_VALID[field]!,
      base: () => ({ reviewId: publishedId, reply: '感谢反馈，已安排维修。', locale: 'zh-CN' }),
      submit: (form) => forms.replyReviewForm(PROVINCE, form), refusal: moderated, blames: ['(form)'],
    });
  });

  it('moderation out of scope: refused, nothing written', async () => {
    await fuzzField({
      db: fdb.db, field: 'reviewId', valid: fc.constantFrom(pendingId, publishedId),
      base: () => ({ reviewId: pendingId, decision: 'reject', reply: '越权回复', locale: 'en' }),
      submit: async (form) => {
        const [a, b] = [await forms.decideReviewForm(county, form), await forms.replyReviewForm(county, form)];
        return a.error === null ? a : b;
      },
      refusal: (r) => (r.error === null ? ['(accepted out of scope)'] : []),
    });
  });
});
