import { useLocale, useTranslations } from 'next-intl';
import type { PublicStation } from '@/lib/stations/types';
import { toReact } from './render-react';
import { stationView } from './station-view';

// The map panel's station details: the one station view (station-view.ts),
// drawn with React; the station page draws the same view as plain HTML.
export function StationDetails({ station, now, headingLevel = 2 }: { station: PublicStation; now: Date; headingLevel?: 1 | 2 }) {
  const words = {
    locale: useLocale(), station: useTranslations('station'), kinds: useTranslations('kinds'),
    statuses: useTranslations('statuses'), amenities: useTranslations('amenities'), entry: useTranslations('entry'),
    services: useTranslations('services'),
  };
  return toReact(stationView(station, now, words, headingLevel));
}
