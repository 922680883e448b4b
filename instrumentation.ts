// Runs once in each server process as it starts (Next's instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Dry runs never applied, or cut off by a crash, leave files: swept now and hourly.
  const { startImportSweeper } = await import('./lib/import/uploads');
  startImportSweeper();
}
