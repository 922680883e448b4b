'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { startTransition, useState } from 'react';
import { Link } from '@/i18n/navigation';

type Props = { error: Error & { digest?: string }; reset: () => void; retry?: () => void };

// Any page whose server rendering failed, most often because the database is
// briefly away (the API answers 503 then). The message stays general: the
// browser never sees the server's error. Retrying renders the page again on
// the server, so it recovers as soon as the database does.
export default function PageError({ reset, retry }: Props) {
  const t = useTranslations('errorsDb');
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const again = () => {
    setPending(true);
    if (retry) retry();
    else {
      startTransition(() => {
        router.refresh();
        reset();
      });
    }
  };
  return (
    <main className="station-page" role="alert">
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <button type="button" onClick={again} disabled={pending} aria-busy={pending}>
          {pending ? t('retrying') : t('retry')}
        </button>{' '}
        <Link href="/">{t('home')}</Link>
      </p>
    </main>
  );
}
