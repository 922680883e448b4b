import { connection, NextResponse } from 'next/server';
import { readiness } from '@/lib/readiness';

// GET /api/ready: 200 when the database answers and every migration of this
// build is applied; 503 with the API's error shape otherwise.
export async function GET() {
  await connection();
  const r = await readiness();
  const headers = { 'Cache-Control': 'no-store' };
  if (r.ready) return NextResponse.json({ status: 'ready', migrations: r.migrations }, { headers });
  return NextResponse.json({ status: 'unavailable', error: { message: r.message } }, { status: 503, headers });
}
