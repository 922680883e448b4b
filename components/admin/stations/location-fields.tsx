'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useMemo, useState } from 'react';
import { proposeCounty, type CountyProposal } from '@/app/[locale]/admin/(panel)/stations/preview-actions';
import { PinPicker } from '@/components/map';
import { CRS_LIST, fromWgs84, isCrs, toWgs84 } from '@/lib/geo/crs';
import type { TileConfig } from '@/lib/map-tiles';
import type { FormValues } from '@/lib/stations/admin/form-values';
import type { FieldError, InputField } from '@/lib/stations/admin/input-schema';
import { FieldErrorText, TextField } from './field-error';

export type CountyOption = { code: string; name: string; cityName: string };
type Props = {
  values: FormValues; onChange: (patch: Partial<FormValues>) => void; errors: Partial<Record<InputField, FieldError>>;
  counties: CountyOption[]; tiles: TileConfig; start: { lat: number; lng: number; zoom: number };
};

/** The typed point in WGS-84, or null while it is incomplete. */
function wgsPoint(v: FormValues): { lat: number; lng: number } | null {
  const ok = (s: string) => /^-?\d+(\.\d+)?$/.test(s.trim());
  if (!ok(v.lat) || !ok(v.lng) || !isCrs(v.crs)) return null;
  const [lng, lat] = toWgs84(Number(v.lng), Number(v.lat), v.crs);
  return Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? { lat, lng } : null;
}

// Pin on the map, typed coordinates in a chosen system, and the county: the
// county is proposed from the point whenever the point moves.
export function LocationFields({ values, onChange, errors, counties, tiles, start }: Props) {
  const t = useTranslations('stationsAdmin.form');
  const locale = useLocale();
  const [drop, setDrop] = useState(0);
  const [proposal, setProposal] = useState<CountyProposal>(null);
  const point = useMemo(() => wgsPoint(values), [values.lat, values.lng, values.crs]); // eslint-disable-line react-hooks/exhaustive-deps
  // The stored point's county is not re-proposed on load (红谷滩区 would read as 新建区).
  const [asked, setAsked] = useState<string | null>(() => (point ? `${point.lat},${point.lng}` : null));

  useEffect(() => {
    const key = point ? `${point.lat},${point.lng}` : null;
    if (!point || key === asked) return;
    const timer = setTimeout(() => {
      setAsked(key);
      proposeCounty(String(point.lat), String(point.lng), 'wgs84', locale).then((p) => {
        setProposal(p);
        if (p && 'code' in p && p.inScope) onChange({ countyCode: p.code });
      }).catch(() => undefined);
    }, 300);
    return () => clearTimeout(timer);
  }, [point, asked, onChange, locale]);

  const pick = (p: { lat: number; lng: number }) => {
    const [lng, lat] = fromWgs84(p.lng, p.lat, values.crs);
    onChange({ lat: lat.toFixed(6), lng: lng.toFixed(6) });
  };
  const cities = [...new Set(counties.map((c) => c.cityName))];
  // A national admin has no list: the county the point falls in is the one choice.
  const proposed = proposal && 'code' in proposal && proposal.inScope && !counties.some((c) => c.code === proposal.code) ? proposal : null;
  return (
    <fieldset className="sa-location">
      <legend>{t('location')}</legend>
      <p className="sa-note" id="map-hint">{t('mapHint')}</p>
      <div className="pin-map-wrap">
        <PinPicker tiles={tiles} point={point} start={start} onPick={pick} dropAtCentre={drop} label={t('mapLabel')} pinLabel={t('pin')} />
      </div>
      <button type="button" onClick={() => setDrop((n) => n + 1)}>{t('dropPin')}</button>
      <div className="sa-row">
        <TextField name="lat" label={t('lat')} value={values.lat} onChange={(lat) => onChange({ lat })} error={errors.lat} inputMode="decimal" required />
        <TextField name="lng" label={t('lng')} value={values.lng} onChange={(lng) => onChange({ lng })} error={errors.lng} inputMode="decimal" required />
        <div className="sa-field">
          <label htmlFor="f-crs">{t('crs')}</label>
          <select id="f-crs" name="crs" value={values.crs} onChange={(e) => isCrs(e.target.value) && onChange({ crs: e.target.value })}>
            {CRS_LIST.map((c) => <option key={c} value={c}>{t(`crsOptions.${c}`)}</option>)}
          </select>
          <FieldErrorText id="err-crs" label={t('crs')} error={errors.crs} />
        </div>
      </div>
      <div className="sa-field">
        <label htmlFor="f-countyCode">{t('countyCode')}</label>
        <select id="f-countyCode" name="countyCode" value={values.countyCode} onChange={(e) => onChange({ countyCode: e.target.value })}
          aria-invalid={errors.countyCode ? true : undefined} aria-describedby="county-proposal err-countyCode">
          <option value="">{counties.length ? t('chooseCounty') : t('countyFromPoint')}</option>
          {proposed && <option value={proposed.code}>{proposed.name}</option>}
          {cities.map((city) => (
            <optgroup key={city} label={city}>
              {counties.filter((c) => c.cityName === city).map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
            </optgroup>
          ))}
        </select>
        <p id="county-proposal" className="sa-note" aria-live="polite">
          {proposal && ('outside' in proposal ? t('proposedOutside')
            : proposal.inScope ? t('proposed', { county: proposal.name }) : t('proposedOutOfScope', { county: proposal.name }))}
        </p>
        <FieldErrorText id="err-countyCode" label={t('countyCode')} error={errors.countyCode} />
      </div>
    </fieldset>
  );
}
