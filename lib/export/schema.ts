import { z } from 'zod';

// Query of the export endpoints (shared with the OpenAPI document).
export const publicExportQuerySchema = z.object({
  format: z.enum(['csv', 'geojson']).default('geojson').describe('File format'),
  locale: z.enum(['zh-CN', 'en']).default('zh-CN').describe('Language of the headers and labels'),
});
export const adminExportFormatSchema = z.enum(['csv', 'xlsx', 'geojson']);
