'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

type Props = { onLocated: (lat: number, lng: number) => void };

export function LocateButton({ onLocated }: Props) {
  const t = useTranslations('locate');
  const [state, setState] = useState<'idle' | 'busy' | 'denied' | 'unavailable'>('idle');
  const locate = () => {
    if (!('geolocation' in navigator)) return setState('unavailable');
    setState('busy');
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setState('idle');
        onLocated(pos.coords.latitude, pos.coords.longitude);
      },
      (err) => setState(err.code === err.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      // A cheap phone indoors may take a while for a fix; a cached one is good enough.
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 },
    );
  };
  return (
    <div className="locate">
      <button type="button" className="button primary" onClick={locate} disabled={state === 'busy'}>
        📍 {state === 'busy' ? t('locating') : t('button')}
      </button>
      {(state === 'denied' || state === 'unavailable') && <p role="alert">{t(state)}</p>}
    </div>
  );
}
