'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { decide, reply, type ModerateState } from '@/app/[locale]/admin/(panel)/reviews/actions';
import { REVIEW_REPLY_MAX } from '@/lib/reviews/vocab';

// The two admin forms of a review: publish or reject a pending one, answer a published one.

export function DecideReviewForm({ reviewId }: { reviewId: string }) {
  const t = useTranslations('reviewQueue');
  const locale = useLocale();
  const [state, action, pending] = useActionState<ModerateState, FormData>(decide, { error: null });
  return (
    <form action={action} className="decide-form">
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="locale" value={locale} />
      {state.error && <p role="alert" className="form-error">{state.error}</p>}
      <div className="decide-buttons">
        <button type="submit" name="decision" value="publish" className="button primary" disabled={pending}>{t('publish')}</button>
        <button type="submit" name="decision" value="reject" className="button" disabled={pending}>{t('reject')}</button>
      </div>
    </form>
  );
}

export function ReplyForm({ reviewId, current }: { reviewId: string; current: string | null }) {
  const t = useTranslations('reviewQueue');
  const locale = useLocale();
  const [state, action, pending] = useActionState<ModerateState, FormData>(reply, { error: null });
  return (
    <form action={action} className="decide-form">
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="locale" value={locale} />
      <label>
        {t('replyLabel', { max: REVIEW_REPLY_MAX })}
        <textarea name="reply" rows={2} maxLength={REVIEW_REPLY_MAX} required defaultValue={current ?? ''} />
      </label>
      {state.error && <p role="alert" className="form-error">{state.error}</p>}
      <div className="decide-buttons">
        <button type="submit" className="button primary" disabled={pending}>{current ? t('changeReply') : t('sendReply')}</button>
      </div>
    </form>
  );
}
