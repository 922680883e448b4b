'use client';
import { useLocale } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { getPathname, usePathname } from '@/i18n/navigation';
import { careSwitchHref } from '@/lib/care/mode';

// "关怀模式：开/关" in the header of every React page: a plain link to /care (app/[locale]/care/route.ts),
// which sets the cookie and comes back here, view and selection kept. A link, so it works without
// JavaScript; a client component only to know the page's current query (the map changes it in place).
// The station page (plain HTML) writes the same link itself: components/station-page/document.tsx.

type Props = { on: boolean; label: string };

export function CareSwitch({ on, label }: Props) {
  const locale = useLocale();
  const query = useSearchParams().toString();
  const back = `${getPathname({ href: usePathname(), locale })}${query ? `?${query}` : ''}`;
  return <CareSwitchLink href={careSwitchHref(getPathname({ href: '/care', locale }), !on, back)} label={label} />;
}

/** The link itself; without the query (the home page of the language) before the page's URL is known. */
export function CareSwitchLink({ href, label }: { href: string; label: string }) {
  return (
    <a href={href} className="care-switch" rel="nofollow">
      {label}
    </a>
  );
}
