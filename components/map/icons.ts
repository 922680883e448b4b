import L from 'leaflet';
import { clusterLabel, clusterSize } from '@/lib/geo/cluster-badge';

// Markers are divIcons built only from our own codes and numbers, never from
// user text (names go in the DOM `title` property, which Leaflet sets as text).

// One glyph per kind, in the page's language (the marker's title carries the full name).
const KIND_LETTER: Record<string, Record<string, string>> = {
  'zh-CN': { station: '驿', service_centre: '中', cultural_palace: '宫', activity_venue: '阵', rights_room: '权', workers_home: '家' },
  en: { station: 'S', service_centre: 'C', cultural_palace: 'P', activity_venue: 'V', rights_room: 'R', workers_home: 'H' },
};

const cache = new Map<string, L.DivIcon>();

/** `openNow` null: workers reported it locked (uncertain), drawn with a question mark. */
export function stationIcon(kind: string, status: string, openNow: boolean | null, selected: boolean, locale: string): L.DivIcon {
  const key = `${kind}|${status}|${openNow}|${selected}|${locale}`;
  let icon = cache.get(key);
  if (!icon) {
    const state = status !== 'in_use' ? 'off' : openNow === null ? 'uncertain' : openNow ? 'open' : 'closed';
    const letter = openNow === null && status === 'in_use' ? '?' : (KIND_LETTER[locale] ?? KIND_LETTER['zh-CN']!)[kind] ?? '•';
    icon = L.divIcon({
      className: `station-marker marker-${state}${selected ? ' marker-selected' : ''}`,
      html: `<span aria-hidden="true">${letter}</span>`,
      iconSize: selected ? [34, 34] : [26, 26],
      iconAnchor: selected ? [17, 17] : [13, 13],
    });
    cache.set(key, icon);
  }
  return icon;
}

export function clusterIcon(count: number): L.DivIcon {
  const size = clusterSize(count);
  const label = clusterLabel(count);
  return L.divIcon({
    className: 'cluster-marker',
    html: `<span aria-hidden="true">${label}</span>`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
}
