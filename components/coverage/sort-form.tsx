'use client';
import type { FormEvent, ReactNode } from 'react';
import { useRouter } from '@/i18n/navigation';

// The table's sort buttons submit a GET form, so sorting works without
// JavaScript. With it, the submit becomes a client navigation that keeps the
// scroll position and the map (next/form would drop the clicked button's value).
export function SortForm({ action, children }: { action: string; children: ReactNode }) {
  const router = useRouter();
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(e.currentTarget, submitter instanceof HTMLButtonElement ? submitter : null);
    const q = new URLSearchParams();
    for (const [k, v] of data) if (typeof v === 'string' && v !== '') q.append(k, v);
    router.push(`${action}${q.size ? `?${q}` : ''}`, { scroll: false });
  };
  return (
    <form method="get" onSubmit={onSubmit}>
      {children}
    </form>
  );
}
