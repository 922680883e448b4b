import { NextResponse } from 'next/server';

// GET /api/health: liveness. The process answers; nothing else is checked, so
// a database outage never makes an orchestrator restart healthy instances.
export function GET() {
  return NextResponse.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}

export const dynamic = 'force-dynamic';
