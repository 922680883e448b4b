// Leaflet animates zooms, pans and tile fades in JavaScript, which the CSS
// reduced-motion rule in app/globals.css cannot stop: the maps ask here.

/** True when the visitor's system asks for reduced motion; read when a map mounts or moves. */
export function reducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** MapContainer options: no zoom, fade or marker animation under reduced motion. */
export function mapMotionOptions(): { zoomAnimation: boolean; fadeAnimation: boolean; markerZoomAnimation: boolean } {
  const still = reducedMotion();
  return { zoomAnimation: !still, fadeAnimation: !still, markerZoomAnimation: !still };
}
