import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Admin } from '@/lib/permissions/roles';
import { openFuzzDb, type FuzzDb } from '@/lib/testing/fuzz-db';

// Reviews against a real (temporary SQLite) database: stored pending with a
// hash of the sender, a low grade opens a tracked complaint in the same
// transaction, the limits count per client hash, and moderation checks scope,
// writes its audit entry and moves the station pages' version.

let fdb: FuzzDb;
let m: typeof import('./mutations');
let mod: typeof import('./moderation');
let q: typeof import('./queries');
const station = (countyCode: string, archived = false) =>
  fdb.db.station.create({ data: { name: `评价驿站 ${Math.random()}`, kind: 'station', status: 'in_use', lat: 28.69, lng: 115.9, countyCode, openingHours: '24/7', archivedAt: archived ? new Date() : null } });
const admin = (role: Admin['role'], divisionCode: string | null): Admin => ({ id: `t-${role}-${divisionCode}`, email: `${role}-${divisionCode}@t.test`, name: role, role, divisionCode });
const donghu = admin('county', '360102');
const qingshanhu = admin('county', '360111');
const nanchang = admin('city', '360100');
let n = 0;
const ip = () => `10.20.${(n >> 8) & 255}.${n++ & 255}`;
const version = async () => (await fdb.db.appState.findUnique({ where: { key: 'reviewsVersion' } }))?.value ?? null;

beforeAll(async () => {
  fdb = await openFuzzDb();
  [m, mod, q] = await Promise.all([import('./mutations'), import('./moderation'), import('./queries')]);
}, 60_000);
afterAll(() => fdb?.close());

describe('a public review', () => {
  it('is stored pending with the station county and a hash of the sender, never the address', async () => {
    const s = await station('360102');
    const address = ip();
    const r = await m.submitReview({ stationId: s.id, stars: 4, text: '干净' }, address);
    expect(r).toMatchObject({ kind: 'done', token: null });
    const row = await fdb.db.review.findFirstOrThrow({ where: { stationId: s.id } });
    expect(row).toMatchObject({ status: 'pending', stars: 4, text: '干净', countyCode: '360102' });
    expect(row.clientHash).toMatch(/^[0-9a-f]{24}$/);
    expect(await fdb.db.report.count({ where: { stationId: s.id } })).toBe(0);
    const keys = (await fdb.db.rateLimit.findMany({ where: { key: { startsWith: 'review_' } } })).map((k) => k.key);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key).not.toContain(address);
    expect(keys).toContain(`review_client:${row.clientHash}`);
  });

  it('of two stars or fewer also opens a complaint with a private token, stored hashed', async () => {
    const s = await station('360111');
    const r = await m.submitReview({ stationId: s.id, stars: 1, text: '门一直锁着' }, ip());
    if (r.kind !== 'done' || !r.token) throw new Error(JSON.stringify(r));
    const complaint = await fdb.db.report.findFirstOrThrow({ where: { reviewId: r.id } });
    expect(complaint).toMatchObject({ stationId: s.id, countyCode: '360111', category: 'review', text: '门一直锁着', status: 'open' });
    expect(complaint.trackHash).toBe(createHash('sha256').update(r.token).digest('hex'));
    expect(complaint.dueAt!.getTime()).toBeGreaterThan(Date.now());
  });

  it('is refused for an archived or unknown station, writing nothing', async () => {
    const s = await station('360102', true);
    const before = await fdb.db.review.count();
    expect(await m.submitReview({ stationId: s.id, stars: 5, text: '' }, ip())).toEqual({ kind: 'station' });
    expect(await m.submitReview({ stationId: 'nope', stars: 5, text: '' }, ip())).toEqual({ kind: 'station' });
    expect(await fdb.db.review.count()).toBe(before);
  });

  it('is one per station per client a day, and five per client an hour', async () => {
    const address = ip();
    const stations = await Promise.all(Array.from({ length: 6 }, () => station('360102')));
    expect((await m.submitReview({ stationId: stations[0]!.id, stars: 5, text: '' }, address)).kind).toBe('done');
    expect(await m.submitReview({ stationId: stations[0]!.id, stars: 3, text: '' }, address)).toMatchObject({ kind: 'already' });
    for (const s of stations.slice(1, 4)) expect((await m.submitReview({ stationId: s.id, stars: 5, text: '' }, address)).kind).toBe('done');
    // The refused repeat counted towards the hour: five tries, the sixth is refused with the wait.
    const sixth = await m.submitReview({ stationId: stations[5]!.id, stars: 5, text: '' }, address);
    expect(sixth).toMatchObject({ kind: 'tooMany' });
    if (sixth.kind === 'tooMany') expect(sixth.waitS).toBeGreaterThan(3000);
    expect(await fdb.db.review.count({ where: { stationId: stations[5]!.id } })).toBe(0);
    // Another client is not affected.
    expect((await m.submitReview({ stationId: stations[5]!.id, stars: 5, text: '' }, ip())).kind).toBe('done');
  });
});

describe('moderation and grades', () => {
  it('publishes in scope only, once, with its audit entry and a new page version', async () => {
    const s = await station('360102');
    const r = await m.submitReview({ stationId: s.id, stars: 4, text: '有热水' }, ip());
    if (r.kind !== 'done') throw new Error(r.kind);
    const v0 = await version();
    expect(await mod.decideReview(qingshanhu, { reviewId: r.id, decision: 'publish' })).toBe('forbidden');
    expect(await fdb.db.review.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({ status: 'pending' });
    expect(await version()).toBe(v0);
    expect(await q.stationGrade(s.id)).toBeNull();
    expect(await mod.decideReview(donghu, { reviewId: r.id, decision: 'publish' })).toBe('ok');
    expect(await mod.decideReview(nanchang, { reviewId: r.id, decision: 'reject' })).toBe('decided');
    expect(await fdb.db.review.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({ status: 'published', decidedBy: donghu.email });
    expect(await version()).not.toBe(v0);
    const audit = await fdb.db.auditEntry.findMany({ where: { stationId: s.id } });
    expect(audit).toMatchObject([{ action: 'review_publish', actorEmail: donghu.email, countyCode: '360102' }]);
    expect(JSON.parse(audit[0]!.after!)).toEqual({ reviewId: r.id, status: 'published' });
    expect(await q.stationGrade(s.id)).toEqual({ stars: 4, count: 1 });
  });

  it('answers published reviews only; the reply shows with the review', async () => {
    const s = await station('360102');
    const r = await m.submitReview({ stationId: s.id, stars: 5, text: '' }, ip());
    if (r.kind !== 'done') throw new Error(r.kind);
    expect(await mod.replyToReview(donghu, { reviewId: r.id, reply: '谢谢' })).toBe('notPublished');
    await mod.decideReview(nanchang, { reviewId: r.id, decision: 'publish' });
    expect(await mod.replyToReview(qingshanhu, { reviewId: r.id, reply: '越权' })).toBe('forbidden');
    const v0 = await version();
    expect(await mod.replyToReview(donghu, { reviewId: r.id, reply: '谢谢支持' })).toBe('ok');
    expect(await version()).not.toBe(v0);
    expect(await q.publishedReviews(s.id)).toMatchObject([{ id: r.id, stars: 5, text: '', reply: '谢谢支持' }]);
    expect((await fdb.db.auditEntry.findMany({ where: { stationId: s.id }, orderBy: { at: 'asc' } })).map((a) => a.action)).toEqual(['review_publish', 'review_reply']);
  });

  it('grades from published reviews alone, to one decimal, per station and per county', async () => {
    const s = await station('360124');
    const ids: string[] = [];
    for (const stars of [5, 4, 4, 2]) {
      const r = await m.submitReview({ stationId: s.id, stars, text: stars <= 2 ? '太脏' : '' }, ip());
      if (r.kind === 'done') ids.push(r.id);
    }
    for (const id of ids.slice(0, 3)) await mod.decideReview(admin('county', '360124'), { reviewId: id, decision: 'publish' });
    await mod.decideReview(admin('county', '360124'), { reviewId: ids[3]!, decision: 'reject' });
    expect(await q.stationGrade(s.id)).toEqual({ stars: 4.3, count: 3 });
    expect((await q.countyGrades()).get('360124')).toEqual({ stars: 4.3, count: 3 });
    expect(await q.pendingReviewCount(admin('county', '360124'))).toBe(0);
  });

  it('lists the queue in scope, oldest first', async () => {
    const s = await station('360111');
    for (const text of ['第一', '第二']) await m.submitReview({ stationId: s.id, stars: 3, text }, ip());
    const mine = (await q.pendingReviews(qingshanhu, 1)).filter((r) => r.station.id === s.id).map((r) => r.text);
    expect(mine).toEqual(['第一', '第二']);
    expect((await q.pendingReviews(donghu, 1)).some((r) => r.station.id === s.id)).toBe(false);
    expect((await q.pendingReviews(nanchang, 1)).some((r) => r.station.id === s.id)).toBe(true);
  });
});
