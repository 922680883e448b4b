// Tests that need a real PostgreSQL run when TEST_POSTGRES_URL names a database
// they may create throwaway schemas in (.ci/run sets it); otherwise they are
// skipped, and say so.
export const testPostgresUrl: string | undefined = process.env.TEST_POSTGRES_URL || undefined;

/** Prints why the PostgreSQL tests of this file are skipped; returns true when they run. */
export function postgresAvailable(what: string): boolean {
  if (!testPostgresUrl) console.log(`[skipped] ${what}: set TEST_POSTGRES_URL=postgresql://… to run it on PostgreSQL`);
  return testPostgresUrl !== undefined;
}
