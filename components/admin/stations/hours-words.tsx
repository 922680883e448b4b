'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { describeHours, type HoursPreview } from '@/app/[locale]/admin/(panel)/stations/preview-actions';

/** The hours string in words (formatSchedule, on the server), or why it is not valid; updated as one types. */
export function HoursWords({ value, locale, testId = 'hours-words' }: { value: string; locale: string; testId?: string }) {
  const t = useTranslations('stationsAdmin.hours');
  const [shown, setShown] = useState<{ for: string; preview: HoursPreview } | null>(null);
  useEffect(() => {
    let alive = true;
    const timer = setTimeout(() => {
      describeHours(value, locale).then((preview) => alive && setShown({ for: value, preview })).catch(() => undefined);
    }, 250);
    return () => { alive = false; clearTimeout(timer); };
  }, [value, locale]);
  const current = shown?.for === value ? shown.preview : undefined;
  return (
    <p className="sa-hours-words" aria-live="polite" data-testid={testId}>
      {current === undefined ? t('checking')
        : current === null ? null
          : current.ok ? t('words', { words: current.words }) : <span className="field-error">{t('invalid', { detail: current.detail })}</span>}
    </p>
  );
}
