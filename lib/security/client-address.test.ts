import { describe, expect, it } from 'vitest';
import { clientAddress, normalizeAddress, parseTrustedProxies } from './client-address';

const none = parseTrustedProxies('');
const loopback = parseTrustedProxies('127.0.0.1/32, ::1');

describe('clientAddress', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', none)).toBe('203.0.113.9');
    expect(clientAddress('::ffff:203.0.113.9', null, none)).toBe('203.0.113.9');
    expect(clientAddress(undefined, '198.51.100.1', none)).toBe('unknown');
  });

  it('believes only the hops our proxies appended: a spoofed left part is ignored', () => {
    // nginx on loopback appends the address it saw to what the client sent.
    expect(clientAddress('127.0.0.1', '1.2.3.4, 203.0.113.9', loopback)).toBe('203.0.113.9');
    expect(clientAddress('127.0.0.1', '203.0.113.9', loopback)).toBe('203.0.113.9');
    expect(clientAddress('::1', ' 2001:db8::7 ', loopback)).toBe('2001:db8::7');
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(clientAddress('198.51.100.77', '203.0.113.9', loopback)).toBe('198.51.100.77');
  });

  it('walks through a chain of trusted proxies', () => {
    const both = parseTrustedProxies('127.0.0.1, 10.0.0.0/8');
    expect(clientAddress('127.0.0.1', '6.6.6.6, 203.0.113.9, 10.1.2.3', both)).toBe('203.0.113.9');
  });

  it('with a hop count, takes the address that many hops from the right', () => {
    expect(clientAddress('10.0.0.1', '6.6.6.6, 203.0.113.9', parseTrustedProxies('1'))).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.1', '6.6.6.6, 203.0.113.9, 10.0.0.2', parseTrustedProxies('2'))).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.1', '203.0.113.9', parseTrustedProxies('3'))).toBe('203.0.113.9');
  });

  it('stops at an entry that is not an address, at the proxy that passed it on', () => {
    expect(clientAddress('127.0.0.1', '203.0.113.9, not-an-ip', loopback)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', '', loopback)).toBe('127.0.0.1');
  });

  it('reads only the right end of a huge header', () => {
    const spoofed = Array.from({ length: 5000 }, (_, i) => `10.${i % 250}.0.1`).join(', ');
    expect(clientAddress('127.0.0.1', `${spoofed}, 203.0.113.9`, loopback)).toBe('203.0.113.9');
  });
});

describe('parseTrustedProxies', () => {
  it('refuses what it cannot read, naming the entry', () => {
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow('10.0.0.0/33');
    expect(() => parseTrustedProxies('localhost')).toThrow('localhost');
    expect(() => parseTrustedProxies('0')).toThrow('hop count');
    expect(() => parseTrustedProxies('10.0.0.0/8/1')).toThrow('10.0.0.0/8/1');
  });

  it('normalizes addresses with ports and IPv4-mapped IPv6', () => {
    expect(normalizeAddress('[2001:DB8::1]:443')).toBe('2001:db8::1');
    expect(normalizeAddress('203.0.113.9:5678')).toBe('203.0.113.9');
    expect(normalizeAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(normalizeAddress('<script>')).toBeNull();
  });
});
