'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { decide, type DecideState } from '@/app/[locale]/admin/(panel)/reports/actions';
import { DECISION_NOTE_MAX } from '@/lib/reports/vocab';

// One complaint's steps: "in progress" (no reply needed, so it skips the
// browser's check), then answer or reject, both with the reply its sender
// reads on the private link. The server checks the reply again.
export function DecideForm({ reportId, inProgress }: { reportId: string; inProgress: boolean }) {
  const t = useTranslations('reportQueue');
  const locale = useLocale();
  const hint = useId();
  const [state, action, pending] = useActionState<DecideState, FormData>(decide, { error: null });
  return (
    <form action={action} className="decide-form">
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="locale" value={locale} />
      <label>
        {t('reply')}
        <textarea name="note" rows={3} maxLength={DECISION_NOTE_MAX} required aria-describedby={hint} />
      </label>
      <p id={hint} className="muted decide-hint">{t('replyHint', { max: DECISION_NOTE_MAX })}</p>
      {state.error && <p role="alert" className="form-error">{state.error}</p>}
      <div className="decide-buttons">
        {!inProgress && (
          <button type="submit" name="decision" value="progress" formNoValidate className="button" disabled={pending}>{t('markInProgress')}</button>
        )}
        <button type="submit" name="decision" value="resolve" className="button primary" disabled={pending}>{t('resolve')}</button>
        <button type="submit" name="decision" value="dismiss" className="button" disabled={pending}>{t('dismiss')}</button>
      </div>
    </form>
  );
}
