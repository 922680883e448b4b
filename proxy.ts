import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { env } from './lib/env';
import { API_POLICY, isEmbedPath, newNonce, pagePolicy } from './lib/security/headers';

const intl = createMiddleware(routing);
const dev = process.env.NODE_ENV === 'development';

/** A path with a broken percent-escape cannot name anything; Next would answer it with a bare 500. */
function decodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

function withPolicy(res: NextResponse, policy: string): NextResponse {
  res.headers.set('Content-Security-Policy', policy);
  return res;
}

export default function proxy(req: NextRequest) {
  const path = req.nextUrl.pathname;
  if (!decodable(path)) {
    return withPolicy(NextResponse.json({ error: { message: 'path: malformed percent-encoding', field: 'path' } }, { status: 400 }), API_POLICY);
  }
  if (path.startsWith('/api/')) return withPolicy(NextResponse.next(), API_POLICY);
  // Next takes the nonce for its inline scripts from the request's CSP header;
  // next-intl forwards the request headers it is given.
  const nonce = newNonce();
  const policy = pagePolicy(nonce, dev, isEmbedPath(path) ? env.EMBED_FRAME_ANCESTORS : "'none'");
  req.headers.set('Content-Security-Policy', policy);
  req.headers.set('x-nonce', nonce);
  return withPolicy(intl(req), policy);
}

export const config = {
  // Pages and the API; Next's assets and static files (anything with a dot) pass through,
  // and so do the paths in UNPROXIED_API_PATHS (lib/security/headers.ts): fixed paths, so
  // there is nothing to check; skipping the proxy saves a third of a map read's time and
  // keeps an import's body whole. next.config.ts gives them the API policy. Station pages
  // with a well-formed id pass too (the page a shared link brings crowds to): the route
  // sets its own nonce and policy, and next.config.ts rewrites the Chinese path.
  matcher: '/((?!api/(?:stations|stations/nearest|search|health|ready|import)$|(?:en/)?stations/[A-Za-z0-9_-]{1,64}$|_next|_vercel|.*\\..*).*)',
};
