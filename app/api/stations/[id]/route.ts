import { connection, type NextRequest } from 'next/server';
import { json, jsonError, withDb } from '@/lib/http';
import { getPublicStation } from '@/lib/stations/queries';
import { stationIdSchema } from '@/lib/stations/schema';

// GET /api/stations/{id}: every public field, with hours evaluated now.
export const GET = withDb(async (_req: NextRequest, ctx: { params: Promise<{ id: string }> }) => {
  await connection();
  const { id } = await ctx.params;
  const parsed = stationIdSchema.safeParse(id);
  if (!parsed.success) return jsonError(400, `id: ${parsed.error.issues[0]?.message ?? 'invalid'}`, 'id');
  const station = await getPublicStation(parsed.data, new Date());
  if (!station) return jsonError(404, 'station not found');
  return json({ station });
});
