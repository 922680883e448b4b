import { describe, expect, it } from 'vitest';
import { isSameOrigin } from './same-origin';

const h = (init: Record<string, string>) => new Headers(init);

describe('isSameOrigin', () => {
  it('accepts a post from the page\'s own origin', () => {
    expect(isSameOrigin(h({ origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' }))).toBe(true);
    expect(isSameOrigin(h({ origin: 'https://Yizhan.example', host: 'yizhan.example' }))).toBe(true);
  });
  it('prefers the forwarded host behind a proxy', () => {
    expect(isSameOrigin(h({ origin: 'https://yizhan.example', host: '10.0.0.2:3000', 'x-forwarded-host': 'yizhan.example' }))).toBe(true);
    expect(isSameOrigin(h({ origin: 'http://10.0.0.2:3000', host: '10.0.0.2:3000', 'x-forwarded-host': 'yizhan.example' }))).toBe(false);
  });
  it('refuses another site, a missing, opaque or malformed origin, a missing host', () => {
    expect(isSameOrigin(h({ origin: 'https://evil.example', host: 'yizhan.example' }))).toBe(false);
    expect(isSameOrigin(h({ origin: 'https://yizhan.example.evil.example', host: 'yizhan.example' }))).toBe(false);
    expect(isSameOrigin(h({ origin: 'http://yizhan.example:8080', host: 'yizhan.example' }))).toBe(false);
    expect(isSameOrigin(h({ host: 'yizhan.example' }))).toBe(false);
    expect(isSameOrigin(h({ origin: 'null', host: 'yizhan.example' }))).toBe(false);
    expect(isSameOrigin(h({ origin: 'not a url', host: 'yizhan.example' }))).toBe(false);
    expect(isSameOrigin(h({ origin: 'https://yizhan.example' }))).toBe(false);
  });
});
