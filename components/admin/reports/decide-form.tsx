'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { decide, type DecideState } from '@/app/[locale]/admin/(panel)/reports/actions';
import { DECISION_NOTE_MAX } from '@/lib/reports/vocab';

export function DecideForm({ reportId }: { reportId: string }) {
  const t = useTranslations('reportQueue');
  const locale = useLocale();
  const [state, action, pending] = useActionState<DecideState, FormData>(decide, { error: null });
  return (
    <form action={action} className="decide-form">
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="locale" value={locale} />
      <label>
        {t('note')}
        <textarea name="note" rows={2} maxLength={DECISION_NOTE_MAX} />
      </label>
      {state.error && <p role="alert" className="form-error">{state.error}</p>}
      <div className="decide-buttons">
        <button type="submit" name="decision" value="resolve" className="button primary" disabled={pending}>{t('resolve')}</button>
        <button type="submit" name="decision" value="dismiss" className="button" disabled={pending}>{t('dismiss')}</button>
      </div>
    </form>
  );
}
