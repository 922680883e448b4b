import { z } from 'zod';

export const signInSchema = z.object({
  email: z.email('email: not an email address').max(200),
  password: z.string().min(1, 'password: required').max(200),
  locale: z.enum(['zh-CN', 'en']).default('zh-CN'),
});
