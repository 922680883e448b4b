'use server';
import { currentAdmin } from '@/lib/auth/session';
import { countyProposal, hoursPreview, type CountyProposal, type HoursPreview } from '@/lib/stations/admin/preview';

// Read-only helpers of the station form: which county a point falls in, and
// opening hours in words. Signed-in admins only; they write nothing.

export type { CountyProposal, HoursPreview };

export async function proposeCounty(lat: string, lng: string, crs: string, locale?: string): Promise<CountyProposal> {
  const admin = await currentAdmin();
  return admin ? countyProposal(admin, lat, lng, crs, locale) : null;
}

export async function describeHours(value: string, locale: string): Promise<HoursPreview> {
  return (await currentAdmin()) ? hoursPreview(value, locale) : null;
}
