import type { NextRequest } from 'next/server';
import { careCookie, refererPath, safeBack } from '@/lib/care/mode';

// GET /care?on=1|0&back=/path: the care-mode switch in every page's header
// (components/care/care-switch.tsx, components/station-page/document.tsx). A
// plain link, so it works without JavaScript: it sets or removes the cookie and
// answers 303 back to the page it was followed from, now rendered in (or out of)
// care mode. `back` must be a path of this site (lib/care/mode.ts safeBack):
// anything else goes to the home page, so the switch is no open redirect.

type Ctx = { params: Promise<{ locale: string }> };

export async function GET(req: NextRequest, ctx: Ctx): Promise<Response> {
  const { locale } = await ctx.params;
  const home = locale === 'en' ? '/en' : '/';
  const q = req.nextUrl.searchParams;
  const host = (req.headers.get('x-forwarded-host') ?? req.headers.get('host'))?.split(',')[0]?.trim() ?? null;
  const back = safeBack(q.get('back') ?? refererPath(req.headers.get('referer'), host), home);
  const proto = req.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? req.nextUrl.protocol.replace(':', '');
  return new Response(null, {
    status: 303,
    headers: {
      // A relative Location: the browser resolves it against this site, whatever host the server thinks it has.
      Location: back,
      'Set-Cookie': careCookie(q.get('on') === '1', proto === 'https'),
      'Cache-Control': 'no-store',
      // The page it came from may carry a view or a place: kept out of other sites' logs.
      'Referrer-Policy': 'same-origin',
      'X-Robots-Tag': 'noindex, nofollow',
    },
  });
}
