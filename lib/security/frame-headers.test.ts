import { unstable_getResponseFromNextConfig } from 'next/experimental/testing/server';
import { NextRequest, NextResponse } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import nextConfig from '../../next.config';
import proxy from '../../proxy';
import { isEmbedPath, isFrameSourceList, pagePolicy } from './headers';

// Only /embed and /en/embed may be framed (by any web page unless
// EMBED_FRAME_ANCESTORS narrows it); every other response refuses frames twice
// over: CSP frame-ancestors for current browsers, X-Frame-Options for old ones.
vi.mock('next-intl/middleware', () => ({ default: () => () => NextResponse.next() }));

const EMBEDS = ['/embed', '/en/embed', '/embed?county=360111', '/en/embed?bbox=115,28,116,29'];
const OTHERS = ['/', '/en', '/stations/x', '/en/stations/x', '/embedded', '/embed/x', '/en/embed/x', '/x/embed', '/admin', '/api/stations/x', '/geo/counties.json', '/og-image.png'];

const frameAncestors = (csp: string | null) => csp?.split('; ').find((d) => d.startsWith('frame-ancestors '))?.slice('frame-ancestors '.length);

async function configHeaders(path: string) {
  return (await unstable_getResponseFromNextConfig({ url: `http://localhost${path}`, nextConfig })).headers;
}

describe('framing', () => {
  it('knows the embed pages and nothing else', () => {
    expect(EMBEDS.map((p) => isEmbedPath(new URL(p, 'http://x').pathname))).toEqual(EMBEDS.map(() => true));
    expect(OTHERS.filter(isEmbedPath)).toEqual([]);
  });

  it('sends X-Frame-Options DENY everywhere but the embed pages', async () => {
    for (const path of OTHERS) expect((await configHeaders(path)).get('x-frame-options'), path).toBe('DENY');
    for (const path of EMBEDS) expect((await configHeaders(path)).get('x-frame-options'), path).toBeNull();
    // The other static headers stay on the embed pages.
    expect((await configHeaders('/embed')).get('x-content-type-options')).toBe('nosniff');
  });

  it('lets any web page frame the embed pages by default, and no page frame the others', () => {
    for (const path of EMBEDS) expect(frameAncestors(proxy(new NextRequest(`http://localhost${path}`)).headers.get('content-security-policy')), path).toBe('https: http:');
    for (const path of OTHERS.filter((p) => !p.includes('.'))) {
      expect(frameAncestors(proxy(new NextRequest(`http://localhost${path}`)).headers.get('content-security-policy')), path).toBe("'none'");
    }
    expect(frameAncestors(pagePolicy('n'))).toBe("'none'");
  });

  it('accepts an allow-list of origins but nothing that could add a directive', () => {
    expect(isFrameSourceList('https://www.jxgh.org.cn https://*.example.org:8443 http://127.0.0.1:3000')).toBe(true);
    expect(isFrameSourceList("* 'self' https:")).toBe(true);
    for (const bad of ['', "https://a.org; script-src 'unsafe-inline'", 'javascript:', 'https://a.org/path', "'none' x"]) {
      expect(isFrameSourceList(bad), bad).toBe(false);
    }
  });
});
