import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';

const intl = createMiddleware(routing);

/** A path with a broken percent-escape cannot name anything; Next would answer it with a bare 500. */
function decodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

export default function proxy(req: NextRequest) {
  const path = req.nextUrl.pathname;
  if (!decodable(path)) {
    return NextResponse.json({ error: { message: 'path: malformed percent-encoding', field: 'path' } }, { status: 400 });
  }
  if (path.startsWith('/api/')) return NextResponse.next();
  return intl(req);
}

export const config = {
  // Pages and the API; Next's assets and static files (anything with a dot) pass through.
  matcher: '/((?!_next|_vercel|.*\\..*).*)',
};
