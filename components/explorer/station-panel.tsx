'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { ConfirmButtons } from '@/components/confirmations/confirm-buttons';
import { rememberViewed } from '@/components/favourites/device';
import { FavouriteButton } from '@/components/favourites/favourite-button';
import { PanelPhotos } from '@/components/photos/panel-photos';
import { ReportForm } from '@/components/reports/report-form';
import { ReviewSection } from '@/components/reviews/review-section';
import { StationDetails } from '@/components/stations/station-details';
import { getPathname } from '@/i18n/navigation';
import type { PublicStation } from '@/lib/stations/types';

type Props = { id: string; onClose: () => void };
type Loaded = { station: PublicStation; now: Date } | 'missing' | 'error' | null;

// The selected station beside the map (keyed by id, so each opens fresh). Focus moves to its heading so keyboard
// and screen-reader users land on what they opened.
export function StationPanel({ id, onClose }: Props) {
  const t = useTranslations('station');
  const locale = useLocale();
  const [data, setData] = useState<Loaded>(null);
  // Bumped by a worker's confirmation: the details load again and show what the server now says.
  const [answered, setAnswered] = useState(0);
  const heading = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    fetch(`/api/stations/${encodeURIComponent(id)}`, { signal: ctrl.signal })
      .then(async (res) => {
        if (res.status === 404) return setData('missing');
        if (!res.ok) throw new Error(String(res.status));
        const body = (await res.json()) as { station: PublicStation };
        setData({ station: body.station, now: new Date() });
        // "Recently viewed", on the phone (components/favourites); a favourite's copy is brought up to date.
        rememberViewed(body.station);
      })
      .catch(() => !ctrl.signal.aborted && setData('error'));
    return () => ctrl.abort();
  }, [id, answered]);

  const loaded = data !== null && typeof data === 'object';
  // Focus on opening only, not when the details reload after a confirmation (the button keeps it).
  useEffect(() => {
    if (loaded && answered === 0) heading.current?.focus();
  }, [loaded, answered]);

  return (
    <section className="station-panel" aria-live="polite">
      <button type="button" className="link-button" onClick={onClose}>
        ← {t('close')}
      </button>
      {data && typeof data === 'object' && <FavouriteButton station={data.station} />}
      {data === null && <p>{t('loading')}</p>}
      {data === 'missing' && <p role="alert">{t('notFound')}</p>}
      {data === 'error' && <p role="alert">{t('notFound')}</p>}
      {data && typeof data === 'object' && (
        <div ref={heading} tabIndex={-1} className="panel-focus">
          <StationDetails station={data.station} now={data.now} />
          <ConfirmButtons stationId={data.station.id} stationName={data.station.name} onAnswered={() => setAnswered((n) => n + 1)} />
          <PanelPhotos stationId={data.station.id} name={data.station.name} />
          <ReportForm stationId={data.station.id} />
          <ReviewSection stationId={data.station.id} grade={data.station.grade ?? null} />
          <p>
            {/* A plain link: the station page is a route handler's HTML, not a page the client router can render. */}
            <a href={getPathname({ href: `/stations/${data.station.id}`, locale })}>{t('permalink')}</a>
          </p>
        </div>
      )}
    </section>
  );
}
