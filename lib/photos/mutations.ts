import 'server-only';
import { bumpPhotosVersion, recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import { stationScope, type Admin } from '@/lib/permissions/roles';
import { MAX_PHOTOS_PER_STATION } from './limits';
import { removeStoredFile, storeFile } from './storage';
import type { ImageInfo } from './verify';

// Photos are rows beside the station, not station fields: adding one does not
// bump the station's version, so an edit form open on the same page stays valid.

export type PhotoResult = 'ok' | 'forbidden' | 'full';

/** Stores a verified image for a station in scope, with its audit entry. */
export async function addPhoto(admin: Admin, stationId: string, bytes: Uint8Array, info: ImageInfo): Promise<PhotoResult> {
  const station = await db.station.findFirst({ where: { id: stationId, ...stationScope(admin) }, select: { id: true, countyCode: true } });
  if (!station) return 'forbidden';
  const fileName = await storeFile(bytes, info.mime);
  let result: PhotoResult = 'full';
  try {
    result = await db.$transaction(async (tx) => {
      if ((await tx.photo.count({ where: { stationId } })) >= MAX_PHOTOS_PER_STATION) return 'full';
      const photo = await tx.photo.create({ data: { stationId, fileName, mime: info.mime, width: info.width, height: info.height, bytes: bytes.length } });
      await recordAudit(tx, admin, {
        action: 'edit', stationId, countyCode: station.countyCode, note: 'photo added',
        after: { photo: { id: photo.id, mime: info.mime, width: info.width, height: info.height, bytes: bytes.length } },
      });
      await bumpPhotosVersion(tx);
      return 'ok';
    });
  } finally {
    if (result !== 'ok') await removeStoredFile(fileName);
  }
  return result;
}

/** Deletes a photo of a station in scope, with its audit entry; the file goes after the commit. */
export async function deletePhoto(admin: Admin, photoId: string): Promise<'ok' | 'forbidden'> {
  const deleted = await db.$transaction(async (tx) => {
    const photo = await tx.photo.findFirst({ where: { id: photoId, station: stationScope(admin) }, include: { station: { select: { countyCode: true } } } });
    if (!photo) return null;
    await tx.photo.delete({ where: { id: photo.id } });
    await recordAudit(tx, admin, {
      action: 'edit', stationId: photo.stationId, countyCode: photo.station.countyCode, note: 'photo deleted',
      before: { photo: { id: photo.id, mime: photo.mime, width: photo.width, height: photo.height, bytes: photo.bytes } },
    });
    await bumpPhotosVersion(tx);
    return photo;
  });
  if (!deleted) return 'forbidden';
  await removeStoredFile(deleted.fileName);
  return 'ok';
}
