import 'server-only';
import { db } from '@/lib/db';
import { sharedRead } from '@/lib/shared-read';

// What the public export shows changes with these shared versions only: the
// stations (every station write and import bumps dataVersion), the newest
// worker "open" (signalsVersion) and the published grades (reviewsVersion).
// Photos are not in the file, so photosVersion is left out.
export const EXPORT_VERSION_KEYS = ['dataVersion', 'signalsVersion', 'reviewsVersion'] as const;

/** The versions as one text, in one read shared by the requests that arrive while it runs. */
export const exportVersions = sharedRead(async (): Promise<string> => {
  const rows = await db.appState.findMany({ where: { key: { in: [...EXPORT_VERSION_KEYS] } }, select: { key: true, value: true } });
  return EXPORT_VERSION_KEYS.map((k) => rows.find((r) => r.key === k)?.value ?? '0').join('|');
});
