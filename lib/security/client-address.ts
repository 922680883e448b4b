import { BlockList, isIP } from 'node:net';

// The client's address, for throttles and the audit log. A client can write
// any X-Forwarded-For it likes, so the header counts only as far as a proxy we
// trust vouches for it: the address is the socket's peer unless TRUSTED_PROXIES
// says which hops to believe (see README, "Behind a reverse proxy").
//   ""                        trust no one: the socket's peer (the default)
//   "2"                       a hop count: the last two hops are our proxies
//   "127.0.0.1/32, 10.0.0.0/8" CIDRs (or single addresses) of our proxies

export type TrustedProxies = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'cidrs'; list: BlockList };

/** More hops than any real chain of proxies; a longer header is read from its right end only. */
const MAX_HOPS = 32;

/** `::ffff:1.2.3.4` → `1.2.3.4`; `[::1]:80` and `1.2.3.4:80` lose the port; anything else that is not an address → null. */
export function normalizeAddress(raw: string): string | null {
  let a = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(':'));
  if (/^::ffff:[\d.]+$/i.test(a)) a = a.slice(7);
  return isIP(a) ? a.toLowerCase() : null;
}

/** Parses TRUSTED_PROXIES; throws an Error naming the entry it cannot read. */
export function parseTrustedProxies(value: string): TrustedProxies {
  const text = value.trim();
  if (text === '') return { kind: 'none' };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops < 1 || hops > MAX_HOPS) throw new Error(`a hop count from 1 to ${MAX_HOPS}, not ${text}`);
    return { kind: 'hops', hops };
  }
  const list = new BlockList();
  for (const entry of text.split(/[\s,]+/).filter(Boolean)) {
    const [addr, bits, extra] = entry.split('/');
    const ip = normalizeAddress(addr ?? '');
    const family = ip && isIP(ip) === 6 ? 'ipv6' : 'ipv4';
    const prefix = bits === undefined ? (family === 'ipv6' ? 128 : 32) : Number(bits);
    const max = family === 'ipv6' ? 128 : 32;
    if (!ip || extra !== undefined || !/^\d*$/.test(bits ?? '') || !(prefix >= 0 && prefix <= max)) {
      throw new Error(`"${entry.slice(0, 60)}" is not an address or CIDR (e.g. 10.0.0.0/8, ::1)`);
    }
    list.addSubnet(ip, prefix, family);
  }
  return { kind: 'cidrs', list };
}

function trusts(list: BlockList, ip: string): boolean {
  return list.check(ip, isIP(ip) === 6 ? 'ipv6' : 'ipv4');
}

/**
 * Walks the chain (X-Forwarded-For's entries, then the socket's peer) from the
 * right while each hop is a proxy we trust; the first other address is the
 * client. An entry that is not an address ends the walk at the hop that wrote it.
 */
export function clientAddress(peer: string | null | undefined, forwardedFor: string | null | undefined, trusted: TrustedProxies): string {
  const first = normalizeAddress(peer ?? '');
  if (!first) return 'unknown';
  if (trusted.kind === 'none' || !forwardedFor) return first;
  const hops = forwardedFor.split(',').slice(-MAX_HOPS).reverse();
  let client = first;
  for (let i = 0; i < hops.length; i++) {
    const stillProxy = trusted.kind === 'hops' ? i < trusted.hops : trusts(trusted.list, client);
    if (!stillProxy) break;
    const next = normalizeAddress(hops[i]!);
    if (!next) break;
    client = next;
  }
  return client;
}
