import { z } from 'zod';
import { stationIdSchema } from '@/lib/stations/schema';

// Form fields of the photo forms other than the file itself, which the action
// checks by size and content (see verify.ts).

const locale = z.enum(['zh-CN', 'en']).catch('zh-CN');

export const photoUploadSchema = z.object({ stationId: stationIdSchema, locale });
export const photoDeleteSchema = z.object({ photoId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/), locale });
