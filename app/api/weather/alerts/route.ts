import { connection, type NextRequest } from 'next/server';
import { json, parseQuery, withDb } from '@/lib/http';
import { activeAlerts, alertsAtPoint } from '@/lib/weather/queries';
import { toPublicAlert } from '@/lib/weather/public';
import { alertsQuerySchema } from '@/lib/weather/schema';

// GET /api/weather/alerts[?lat=&lng=]: the heat and cold alerts in force now; with a
// point, those covering it, the one that speaks for it (the narrowest region) first.
export const GET = withDb(async (req: NextRequest) => {
  await connection();
  const parsed = parseQuery(alertsQuerySchema, req.nextUrl.searchParams);
  if (!parsed.ok) return parsed.response;
  const { lat, lng } = parsed.data;
  const now = new Date();
  const alerts = lat !== undefined && lng !== undefined ? await alertsAtPoint(lat, lng, now) : await activeAlerts(now);
  return json({ alerts: alerts.map(toPublicAlert) });
});
