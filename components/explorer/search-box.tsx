'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import type { SearchResult } from '@/lib/stations/search';

type Props = { onPick: (r: SearchResult) => void; initial?: SearchResult[] };

// For workers without geolocation: find a division of China or a station by name
// (Chinese, pinyin, initials or English). Without JavaScript the form reloads the
// page, which lists the same results as links.
export function SearchBox({ onPick, initial = [] }: Props) {
  const t = useTranslations('search');
  const shown = useShown();
  const params = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const [results, setResults] = useState<SearchResult[] | null>(initial.length ? initial : null);
  const [failed, setFailed] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const query = q.trim();
    if (!query) return;
    try {
      const res = await fetch(`/api/search?q=${encodeURIComponent(query)}`);
      if (!res.ok) throw new Error(String(res.status));
      setResults(((await res.json()) as { results: SearchResult[] }).results);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  const pick = (r: SearchResult) => {
    setResults(null);
    onPick({ ...r, name: shown(r).name });
  };

  return (
    <div className="search">
      <form role="search" method="get" onSubmit={submit}>
        <label htmlFor="place-search">{t('label')}</label>
        <div className="search-row">
          <input id="place-search" name="q" type="search" value={q} maxLength={60} placeholder={t('placeholder')} onChange={(e) => setQ(e.target.value)} />
          <button type="submit">{t('submit')}</button>
        </div>
      </form>
      {failed && <p role="alert">{t('noResults', { q })}</p>}
      {results && (
        <div className="search-results" aria-live="polite">
          {results.length === 0 ? (
            <p>{t('noResults', { q })}</p>
          ) : (
            <ul aria-label={t('results')}>
              {results.map((r) => {
                const { name, context } = shown(r);
                return (
                  <li key={`${r.type}-${r.id}`}>
                    <a href={resultHref(r, name)} onClick={(e) => { e.preventDefault(); pick(r); }}>
                      {name}
                    </a>{' '}
                    <span className="muted">{t(r.type)}{context ? ` · ${context}` : ''}</span>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

/** Names in the page's language: English division names in English (a station's own name has no translation). */
function useShown() {
  const en = useLocale() === 'en';
  return (r: SearchResult) => ({ name: (en && r.nameEn) || r.name, context: en ? r.contextEn : r.context });
}

function resultHref(r: SearchResult, name: string): string {
  if (r.type === 'station') return `?s=${encodeURIComponent(r.id)}&at=${r.lat},${r.lng},16`;
  return `?near=${r.lat},${r.lng}&place=${encodeURIComponent(name)}`;
}
