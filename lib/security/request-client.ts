import 'server-only';
import { env } from '@/lib/env';
import { clientAddress, parseTrustedProxies, type TrustedProxies } from './client-address';

/** Set by the production server (scripts/lib/serve-next.mjs) from the socket; a client's own value is replaced. */
export const PEER_HEADER = 'x-yizhan-peer';

let trusted: TrustedProxies | undefined;

/** The one client address every throttle and audit entry uses (see client-address.ts). */
export function requestClient(h: Headers): string {
  trusted ??= parseTrustedProxies(env.TRUSTED_PROXIES);
  return clientAddress(h.get(PEER_HEADER), h.get('x-forwarded-for'), trusted);
}
