import { notFound } from 'next/navigation';

// Unknown paths get our own translated 404 page (app/[locale]/not-found.tsx),
// rendered per request with the CSP nonce, instead of Next's static one.
export default function CatchAll() {
  notFound();
}
