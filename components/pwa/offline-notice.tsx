'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { PAGE_FROM_CACHE_MESSAGE } from '@/lib/pwa/cache-rules';
import { reportOffline, useOfflineSince } from './offline-state';

/** Asks the worker whether it answered this page from its cache (when the network failed). */
function askWorker(): void {
  const sw = navigator.serviceWorker?.controller;
  if (!sw) return;
  const channel = new MessageChannel();
  channel.port1.onmessage = (e: MessageEvent<unknown>) => {
    const at = typeof e.data === 'string' ? Date.parse(e.data) : NaN;
    if (Number.isFinite(at)) reportOffline({ page: new Date(at) });
    channel.port1.close();
  };
  sw.postMessage({ type: PAGE_FROM_CACHE_MESSAGE }, [channel.port2]);
}

/** "Offline — data from …" while the page or its list comes from the phone's cache. */
export function OfflineNotice() {
  const t = useTranslations('offline');
  const locale = useLocale();
  const since = useOfflineSince();
  useEffect(askWorker, []);
  const time = since ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(since) : null;
  // The live region is always in the page, so screen readers hear the notice when it appears; the status
  // itself exists only while offline (an empty status on every page would be one more "status" to find).
  return (
    <div aria-live="polite" className="offline-notice">
      {time ? <p role="status">{t('notice', { time })}</p> : null}
    </div>
  );
}
