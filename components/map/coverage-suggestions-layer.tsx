'use client';
import { divIcon } from 'leaflet';
import { useLocale, useTranslations } from 'next-intl';
import { Circle, Marker, Tooltip } from 'react-leaflet';
import { formatKm2 } from '@/components/coverage/format';
import type { Suggestion } from '@/lib/coverage/types';
import { type DisplayCrs, toDisplay } from './display-crs';

const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

// "Where to build next" as numbered markers (keyboard-focusable buttons, as
// Leaflet makes them), each with the reach a station there would have.
export function CoverageSuggestionsLayer({ crs, suggestions, radiusM }: { crs: DisplayCrs; suggestions: Suggestion[]; radiusM: number }) {
  const t = useTranslations('coverage');
  const locale = useLocale();
  return (
    <>
      {suggestions.map((s) => {
        const label = t('map.suggestion', { rank: s.rank, km2: formatKm2(locale, s.addsKm2) });
        const icon = divIcon({
          className: 'coverage-suggestion',
          html: `<span aria-hidden="true">${s.rank}</span><span class="visually-hidden">${escape(label)}</span>`,
          iconSize: [28, 28],
        });
        const at = toDisplay(crs, s.lat, s.lng);
        return [
          <Circle key={`c${s.rank}`} center={at} radius={radiusM} interactive={false}
            pathOptions={{ color: '#1d4ed8', weight: 2, dashArray: '6 4', fillColor: '#3b82f6', fillOpacity: 0.08 }} />,
          <Marker key={`m${s.rank}`} position={at} icon={icon} zIndexOffset={1000}>
            <Tooltip direction="top" offset={[0, -14]}>{label}</Tooltip>
          </Marker>,
        ];
      })}
    </>
  );
}
