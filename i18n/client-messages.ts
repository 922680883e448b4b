import 'server-only';
import { getMessages } from 'next-intl/server';

// Client components get only the namespaces they read: the whole catalogue
// (admin screens included) was two thirds of every public page's HTML.
// client-messages.test.ts fails when a client component reads a namespace
// that its area does not send.

/** Read by client components of the public pages (map, list, station page). */
export const PUBLIC_NAMESPACES = [
  'kinds', 'statuses', 'amenities', 'filters', 'locate', 'search', 'list', 'station', 'map', 'reports', 'photos', 'errorsDb', 'offline', 'entry', 'confirm',
  'reviews', 'favourites', 'services', 'weather',
] as const;

/** /embed: its map's strings and the marker states (the page itself renders on the server). */
export const EMBED_NAMESPACES = ['map', 'station'] as const;

/** The coverage pages add their map's strings. */
export const COVERAGE_NAMESPACES = [...PUBLIC_NAMESPACES, 'coverage'] as const;

/** Admin screens: their forms, and the public components they reuse. */
export const ADMIN_NAMESPACES = [
  ...COVERAGE_NAMESPACES, 'admin', 'accounts', 'password', 'reportQueue', 'stationsAdmin', 'reviewQueue', 'weatherAdmin',
] as const;

export async function clientMessages(namespaces: readonly string[]): Promise<Record<string, unknown>> {
  const all = (await getMessages()) as Record<string, unknown>;
  return Object.fromEntries(namespaces.filter((n) => n in all).map((n) => [n, all[n]]));
}
