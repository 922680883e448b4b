import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { Suggestion } from '@/lib/coverage/types';
import { formatCoord, formatKm2 } from './format';

/** The admin form for a new station, filled in with a suggested site. */
export function planStationHref(s: Suggestion): string {
  const q = new URLSearchParams({ lat: s.lat.toFixed(6), lng: s.lng.toFixed(6), kind: 'station', status: 'planned' });
  return `/admin/stations/new?${q}`;
}

// "Where to build next", best first, with the area each would add. The link
// opens the admin form (sign-in required there); print hides it.
export function SuggestionList({ suggestions, planLinks = true }: { suggestions: readonly Suggestion[]; planLinks?: boolean }) {
  const t = useTranslations('coverage');
  const locale = useLocale();
  if (suggestions.length === 0) return <p>{t('suggestions.none')}</p>;
  return (
    <ol className="suggestion-list">
      {suggestions.map((s) => (
        <li key={s.rank}>
          <span className="suggestion-rank" aria-hidden="true">{s.rank}</span>
          <div>
            <strong>{t('suggestions.adds', { km2: formatKm2(locale, s.addsKm2) })}</strong>
            <span className="muted"> · {formatCoord(s.lat)}, {formatCoord(s.lng)}</span>
            {planLinks && (
              <div>
                <Link href={planStationHref(s)} className="plan-link">{t('suggestions.plan', { rank: s.rank })}</Link>
              </div>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
