'use client';
import { useTranslations } from 'next-intl';
import type { Origin } from './url-state';

type Props = { origin: Origin | null; count: number; onClear: () => void };

export function ListHeading({ origin, count, onClear }: Props) {
  const t = useTranslations('list');
  const title = !origin ? t('inView') : origin.place ? t('nearPlace', { place: origin.place }) : t('nearYou');
  return (
    <div className="list-heading">
      {/* Focusable by script only: "locate me" moves focus here once the nearest stations are in (use-reveal-list.ts). */}
      <h2 id="sheet-heading" tabIndex={-1}>
        {title} <span className="count">({t('count', { count })})</span>
      </h2>
      {origin && (
        <button type="button" className="link-button" onClick={onClear}>
          {t('clearOrigin')}
        </button>
      )}
    </div>
  );
}
