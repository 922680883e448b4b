import { describe, expect, it } from 'vitest';
import { API_POLICY, newNonce, pagePolicy } from './headers';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('content security policy', () => {
  it('allows scripts only from this origin and with the nonce', () => {
    const p = directives(pagePolicy('abc123'));
    expect(p.get('script-src')).toEqual(["'self'", "'nonce-abc123'"]);
    expect(p.get('default-src')).toEqual(["'self'"]);
    expect(p.get('object-src')).toEqual(["'none'"]);
    expect(p.get('frame-ancestors')).toEqual(["'none'"]);
    expect(p.get('connect-src')).toEqual(["'self'"]);
    expect(pagePolicy('x')).not.toMatch(/unsafe-eval/);
    expect(pagePolicy('x', true)).toMatch(/script-src 'self' 'nonce-x' 'unsafe-eval'/);
  });

  it('lets Leaflet style inline and load the tiles of every base map', () => {
    const p = directives(pagePolicy('n'));
    expect(p.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(p.get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'tile.openstreetmap.org', '*.tianditu.gov.cn', '*.is.autonavi.com']);
  });

  it('makes a fresh, unguessable nonce each time', () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
    expect(API_POLICY).toMatch(/default-src 'none'/);
  });
});
