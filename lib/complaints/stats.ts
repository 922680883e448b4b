// The figures /stats shows per county for complaints, from plain rows (pure,
// so the arithmetic is unit-tested without a database, and the same on SQLite
// and PostgreSQL: no SQL percentiles).
//
// Counted: complaints with a due date that are decided. On time: answered (a
// resolve, or a rejection with a reply to the sender) on or before the due
// date. Time to answer: from receipt to the decision, over those answered.
// Open complaints past their due date are counted apart, so that a union that
// never answers does not look punctual.

export type ComplaintRow = {
  countyCode: string; status: string; createdAt: Date; decidedAt: Date | null; dueAt: Date | null; decisionNote: string | null;
};

export type CountyComplaints = {
  decided: number; onTime: number; onTimeShare: number | null; answered: number; medianHours: number | null; overdueOpen: number;
};

/** The median of the numbers; null for none. */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Answered: resolved, or rejected with a reply the sender can read. */
export const isAnswered = (r: Pick<ComplaintRow, 'status' | 'decisionNote'>) =>
  r.status === 'resolved' || (r.status === 'dismissed' && !!r.decisionNote?.trim());

const HOUR_MS = 3600_000;

/** Per county code: the figures over its rows. */
export function summarizeComplaints(rows: readonly ComplaintRow[], now: Date): Map<string, CountyComplaints> {
  const groups = new Map<string, ComplaintRow[]>();
  for (const r of rows) {
    if (!r.dueAt) continue;
    const g = groups.get(r.countyCode) ?? [];
    g.push(r);
    groups.set(r.countyCode, g);
  }
  return new Map([...groups].map(([code, g]) => [code, summarize(g, now)]));
}

function summarize(rows: readonly ComplaintRow[], now: Date): CountyComplaints {
  const decided = rows.filter((r) => r.status !== 'open' && r.decidedAt);
  const answered = decided.filter(isAnswered);
  const onTime = answered.filter((r) => r.decidedAt!.getTime() <= r.dueAt!.getTime()).length;
  const hours = answered.map((r) => (r.decidedAt!.getTime() - r.createdAt.getTime()) / HOUR_MS);
  return {
    decided: decided.length, onTime, onTimeShare: decided.length ? onTime / decided.length : null, answered: answered.length,
    medianHours: median(hours), overdueOpen: rows.filter((r) => r.status === 'open' && r.dueAt!.getTime() < now.getTime()).length,
  };
}

export type Grade = { stars: number; count: number };
export type TrustPlace = { code: string; name: string; nameEn: string; parentName: string; parentNameEn: string };
/** One county's row on /stats: its complaints' figures and its workers' grade. */
export type CountyTrust = TrustPlace & CountyComplaints & { stars: number | null; reviews: number };

const NO_COMPLAINTS: CountyComplaints = { decided: 0, onTime: 0, onTimeShare: null, answered: 0, medianHours: null, overdueOpen: 0 };

/** The region's counties that have anything to show (a complaint counted, or a grade), in the counties' order. */
export function trustRows(counties: readonly TrustPlace[], complaints: ReadonlyMap<string, CountyComplaints>, grades: ReadonlyMap<string, Grade>): CountyTrust[] {
  return counties.flatMap((c) => {
    const k = complaints.get(c.code);
    const g = grades.get(c.code);
    if (!g && !(k && (k.decided || k.overdueOpen))) return [];
    const place = { code: c.code, name: c.name, nameEn: c.nameEn, parentName: c.parentName, parentNameEn: c.parentNameEn };
    return [{ ...place, ...(k ?? NO_COMPLAINTS), stars: g ? g.stars : null, reviews: g ? g.count : 0 }];
  });
}
