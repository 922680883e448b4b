// Limits of station photos, shared by the upload form (no zod, no server code)
// and the server action that enforces them.

export const MAX_PHOTOS_PER_STATION = 6;
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
