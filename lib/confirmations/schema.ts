import { z } from 'zod';
import { stationIdSchema } from '@/lib/stations/schema';
import { CONFIRMATION_KINDS } from './vocab';

// One schema for the API body, the panel's and list's server action and the
// station page's plain form.
export const confirmationSchema = z.object({
  kind: z.enum(CONFIRMATION_KINDS, { message: `must be one of ${CONFIRMATION_KINDS.join(', ')}` }),
});
export type ConfirmationInput = z.infer<typeof confirmationSchema>;

export const confirmationFormSchema = confirmationSchema.extend({
  stationId: stationIdSchema,
  locale: z.enum(['zh-CN', 'en']).catch('zh-CN'),
});
