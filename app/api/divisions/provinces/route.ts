import { json } from '@/lib/http';
import { provinceShapes } from '@/lib/divisions/province-shapes';

// GET /api/divisions/provinces: every province's code, names and rough outline (rings of
// [lng, lat, …], WGS-84), for the map's boundary layer. Fixed data: cached for a day.
export async function GET() {
  return json({ provinces: await provinceShapes() }, { maxAge: 86_400 });
}
