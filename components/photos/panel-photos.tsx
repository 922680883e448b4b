'use client';
import { useEffect, useState } from 'react';
import { StationPhotos, type PhotoRef } from './station-photos';

// The panel gets the station from the public API, which has no photos: they
// come from /api/photos. Nothing shows while loading or when there are none.
export function PanelPhotos({ stationId, name }: { stationId: string; name: string }) {
  const [photos, setPhotos] = useState<PhotoRef[]>([]);
  useEffect(() => {
    const ctrl = new AbortController();
    fetch(`/api/photos?station=${encodeURIComponent(stationId)}`, { signal: ctrl.signal })
      .then((res) => (res.ok ? (res.json() as Promise<{ photos: PhotoRef[] }>) : { photos: [] }))
      .then((body) => setPhotos(body.photos))
      .catch(() => undefined);
    return () => ctrl.abort();
  }, [stationId]);
  return <StationPhotos name={name} photos={photos} />;
}
