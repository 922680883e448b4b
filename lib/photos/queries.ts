import 'server-only';
import { db } from '@/lib/db';
import { stationScope, type Admin } from '@/lib/permissions/roles';

export type PhotoRef = { id: string; width: number; height: number };

const ref = { id: true, width: true, height: true } as const;

/** Photos the public sees: none for a missing or archived station. */
export async function publicPhotos(stationId: string): Promise<PhotoRef[]> {
  return db.photo.findMany({ where: { stationId, station: { archivedAt: null } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: ref });
}

/** A station in the admin's scope with its photos, or null when it is outside (or missing). */
export async function stationPhotosForAdmin(admin: Admin, stationId: string) {
  return db.station.findFirst({
    where: { id: stationId, ...stationScope(admin) },
    select: { id: true, name: true, photos: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { ...ref, bytes: true, mime: true } } },
  });
}

/** What the image route needs to serve one photo, and whom to: `public` is false once its station is archived. */
export async function photoFile(id: string) {
  const photo = await db.photo.findUnique({
    where: { id }, select: { fileName: true, mime: true, stationId: true, station: { select: { archivedAt: true } } },
  });
  return photo && { fileName: photo.fileName, mime: photo.mime, stationId: photo.stationId, public: photo.station.archivedAt === null };
}

/** Whether an admin may see the photos of this station (in scope, archived or not). */
export async function adminMaySee(admin: Admin, stationId: string): Promise<boolean> {
  return (await db.station.count({ where: { id: stationId, ...stationScope(admin) } })) > 0;
}
