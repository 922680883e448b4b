import 'server-only';
import { photosView } from '@/components/photos/photos-view';
import type { PhotoRef } from '@/lib/photos/queries';
import { toHono } from './render-markup';
import type { Words } from './words';

/** The station's photos on the station page: the one photos view (components/photos/photos-view.ts) as plain HTML. */
export function StationPhotos({ name, photos, w }: { name: string; photos: PhotoRef[]; w: Words }) {
  return toHono(photosView(name, photos, w, 2));
}
