import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Admin } from '@/lib/permissions/roles';

// Every admin decision is written in the same transaction as the change it
// records, so the log and the data never disagree.

export type AuditAction =
  | 'create' | 'edit' | 'verify' | 'archive' | 'restore' | 'import'
  | 'report_resolve' | 'report_dismiss' | 'complaint_progress'
  | 'review_publish' | 'review_reject' | 'review_reply'
  | 'lock_clear'
  | 'account_create' | 'account_disable' | 'account_enable' | 'account_rescope' | 'account_sign_in_throttled'
  | 'password_change' | 'password_reset'
  | 'weather_alert_create' | 'weather_alert_cancel';

type Entry = {
  action: AuditAction;
  stationId?: string | null;
  countyCode?: string | null;
  before?: unknown;
  after?: unknown;
  note?: string | null;
};

export async function recordAudit(tx: Prisma.TransactionClient, actor: Admin | { id: null; email: string; address?: string }, e: Entry) {
  await tx.auditEntry.create({
    data: {
      actorId: actor.id,
      actorEmail: actor.email,
      action: e.action,
      stationId: e.stationId ?? null,
      countyCode: e.countyCode ?? null,
      before: e.before === undefined ? null : JSON.stringify(e.before),
      after: e.after === undefined ? null : JSON.stringify(e.after),
      note: e.note ?? null,
      clientAddress: actor.address ?? null,
    },
  });
}

/** The shared versions of what the public sees: stations (the index reloads on it), and photos (station pages only). */
export const VERSION_KEYS = ['dataVersion', 'photosVersion', 'signalsVersion', 'reviewsVersion'] as const;

async function bump(tx: Prisma.TransactionClient, key: (typeof VERSION_KEYS)[number]) {
  const value = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  await tx.appState.upsert({ where: { key }, update: { value }, create: { key, value } });
}

/** Bumps the shared data version so every app instance reloads its station index. */
export const bumpDataVersion = (tx: Prisma.TransactionClient) => bump(tx, 'dataVersion');
/** A photo added or removed: station pages render again, the station index stays. */
export const bumpPhotosVersion = (tx: Prisma.TransactionClient) => bump(tx, 'photosVersion');
/** Workers' confirmations changed what a station page says (confirmed, locked): pages render again, the index reloads its locks only. */
export const bumpSignalsVersion = (tx: Prisma.TransactionClient) => bump(tx, 'signalsVersion');
/** A review published or rejected, or its reply changed: station pages render again (they show grade and reviews). */
export const bumpReviewsVersion = (tx: Prisma.TransactionClient) => bump(tx, 'reviewsVersion');
