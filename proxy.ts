import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Pages only: the API, Next's assets and static files (anything with a dot) pass through.
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
