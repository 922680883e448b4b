import { useTranslations } from 'next-intl';
import { toReact } from '@/components/stations/render-react';
import { photosView, type PhotoRef } from './photos-view';
import './photos.css';

export type { PhotoRef };

/** The station's photos in the map's panel: the one photos view (photos-view.ts) drawn with React. */
export function StationPhotos({ name, photos, headingLevel = 3 }: { name: string; photos: PhotoRef[]; headingLevel?: 2 | 3 }) {
  return toReact(photosView(name, photos, { photos: useTranslations('photos') }, headingLevel));
}
