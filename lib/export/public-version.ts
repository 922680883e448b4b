import 'server-only';
import { sharedVersions } from '@/lib/shared-versions';

// What the public export shows changes with these shared versions only: the
// stations (every station write and import bumps dataVersion), the newest
// worker "open" (signalsVersion) and the published grades (reviewsVersion).
// Photos are not in the file, so photosVersion is left out.
export const EXPORT_VERSION_KEYS = ['dataVersion', 'signalsVersion', 'reviewsVersion'] as const;

/** The versions as one text, in one read shared by the requests that arrive while it runs. */
export const exportVersions = sharedVersions(EXPORT_VERSION_KEYS);
