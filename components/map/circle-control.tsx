'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { CircleMode } from '@/components/explorer/url-state';
import { CIRCLE_MIN_ZOOM } from './circle-layer';

type Props = { mode: CircleMode; zoom: number; onChange: (mode: CircleMode) => void };

// The 15-minute service circle switch and its legend, with the assumption in words.
export function CircleControl({ mode, zoom, onChange }: Props) {
  const t = useTranslations('map');
  // Shown at once; the URL follows (see FilterForm for the same pattern).
  const [shown, setShown] = useState(mode);
  const [seen, setSeen] = useState(mode);
  if (seen !== mode) {
    setSeen(mode);
    setShown(mode);
  }
  const options: { value: CircleMode; label: string }[] = [
    { value: null, label: t('circleOff') },
    { value: 'walk', label: t('walk') },
    { value: 'ebike', label: t('ebike') },
  ];
  return (
    <div className="circle-control">
      <fieldset>
        <legend>{t('circle')}</legend>
        {options.map((o) => (
          <label key={o.value ?? 'off'}>
            <input type="radio" name="circle" checked={shown === o.value} onChange={() => { setShown(o.value); onChange(o.value); }} /> {o.label}
          </label>
        ))}
      </fieldset>
      {shown && (
        <p className="legend">
          <span className="legend-swatch" aria-hidden="true" /> {shown === 'walk' ? t('circleLegendWalk') : t('circleLegendEbike')}
          {zoom < CIRCLE_MIN_ZOOM && <><br />{t('circleZoomHint')}</>}
        </p>
      )}
    </div>
  );
}
