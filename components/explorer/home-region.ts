import 'server-only';
import { env } from '@/lib/env';
import { regionView, type RegionView } from '@/lib/divisions/region';
import type { HomeView } from './url-state';

// The region the home page opens on (DEFAULT_REGION), worked out once: it is fixed at start-up.
let home: Promise<RegionView> | null = null;

export function homeRegion(): Promise<RegionView> {
  if (!home) {
    home = regionView(env.DEFAULT_REGION);
    home.catch(() => { home = null; });
  }
  return home;
}

/** What the browser needs of it: the box to fit and the view it stands for. */
export function toHomeView(r: RegionView): HomeView {
  const { box } = r;
  return {
    code: r.code, view: { lat: r.lat, lng: r.lng, zoom: r.zoom },
    bounds: [[box.minLat, box.minLng], [box.maxLat, box.maxLng]],
  };
}
