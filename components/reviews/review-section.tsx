'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useEffect, useId, useState } from 'react';
import { toReact } from '@/components/stations/render-react';
import { sendReview } from '@/lib/reviews/actions';
import { REVIEW_INITIAL as INITIAL, type ReviewItem, type ReviewState } from '@/lib/reviews/state';
import type { Grade } from '@/lib/reviews/vocab';
import { reviewSectionView } from './review-section-view';
import './reviews.css';

type Published = { grade: Grade | null; reviews: ReviewItem[] };

// The station's reviews in the map's panel: the one section (review-section-view.ts)
// drawn with React. The panel has the station from the public API; the published
// reviews come from /api/stations/{id}/reviews. The form posts to a server action.
export function ReviewSection({ stationId, grade }: { stationId: string; grade: Grade | null }) {
  const words = { locale: useLocale(), reviews: useTranslations('reviews') };
  const idPrefix = useId();
  const [published, setPublished] = useState<Published>({ grade, reviews: [] });
  const [state, action, pending] = useActionState<ReviewState, FormData>(sendReview, INITIAL);

  useEffect(() => {
    const ctrl = new AbortController();
    fetch(`/api/stations/${encodeURIComponent(stationId)}/reviews`, { signal: ctrl.signal })
      .then((res) => (res.ok ? (res.json() as Promise<Published>) : null))
      .then((body) => body && setPublished(body))
      .catch(() => undefined);
    return () => ctrl.abort();
  }, [stationId]);

  // Keyed by the answer so the fields show what was typed after a refusal.
  const form = { action, key: JSON.stringify(state.values) };
  return toReact(reviewSectionView({
    stationId, ...published, state, answered: state !== INITIAL, words, level: 3, idPrefix, form, pending,
  }));
}
