import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';

// The sender's private link to follow a complaint: /complaints/<token>. The
// token is 32 random bytes (base64url, 43 characters), shown once; the
// database keeps only its SHA-256, so a copy of the database cannot open any
// link, and a token is looked up by its hash (no comparison to time).

export const trackTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const newTrackToken = (): string => randomBytes(32).toString('base64url');

/** What Report.trackHash stores: the token's SHA-256, hex. */
export const hashTrackToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** The path of a complaint's private page in a locale (zh-CN has no prefix). */
export const complaintPath = (locale: string, token: string): string => `${locale === 'en' ? '/en' : ''}/complaints/${token}`;
