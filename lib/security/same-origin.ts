// A form posted to a page (no server action) must come from this site, as Next
// checks for server actions: the Origin header's host must be the request's
// host (X-Forwarded-Host first, as behind a proxy). A missing Origin is refused
// too: every browser that can post a form sends one on a POST.

export function isSameOrigin(h: Headers): boolean {
  const origin = h.get('origin');
  const host = (h.get('x-forwarded-host') ?? h.get('host'))?.split(',')[0]?.trim().toLowerCase();
  if (!origin || !host || origin === 'null') return false;
  try {
    return new URL(origin).host.toLowerCase() === host;
  } catch {
    return false;
  }
}
