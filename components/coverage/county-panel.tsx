import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { type CoveragePageState, pageQuery } from '@/lib/coverage/schema';
import type { CountyDetail } from '@/lib/coverage/types';
import { FigureList } from './figure-list';
import { SuggestionList } from './suggestion-list';

// The selected county: its figures, its gaps and where to build next.
export function CountyPanel({ detail, state, level }: { detail: CountyDetail; state: CoveragePageState; level: string }) {
  const t = useTranslations('coverage');
  const en = useLocale() === 'en';
  const f = detail.figures;
  const mode = t(`mode.${state.mode}`);
  return (
    <section className="county-panel" aria-labelledby="county-heading">
      <h2 id="county-heading">
        {en ? f.nameEn : f.name} <span className="muted county-city">{en ? f.cityNameEn : f.cityName}</span>
      </h2>
      <p className="panel-links">
        <Link href={`/coverage${pageQuery({ ...state, county: null })}`} scroll={false}>← {t('county.back', { level })}</Link>
        <Link href={`/coverage/${f.code}/report`}>{t('county.report')}</Link>
      </p>
      {f.hasBoundary ? (
        <>
          <FigureList f={f} />
          <p className="muted">{t('county.gapsExplain', { mode })}</p>
          <h3>{t('suggestions.title', { count: detail.suggestions.length })}</h3>
          <p className="muted">{t('suggestions.explain', { mode })}</p>
          <SuggestionList suggestions={detail.suggestions} />
        </>
      ) : (
        <p>{t('county.noBoundary', { stations: f.stationsInUse })}</p>
      )}
    </section>
  );
}
