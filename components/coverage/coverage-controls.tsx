import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { type CoveragePageState, pageQuery } from '@/lib/coverage/schema';
import { MODES } from '@/lib/coverage/types';

// Walk / e-bike and "open now" as plain links: they work without JavaScript,
// and each view has its own shareable URL.
export function CoverageControls({ state }: { state: CoveragePageState }) {
  const t = useTranslations('coverage');
  const href = (patch: Partial<CoveragePageState>) => `/coverage${pageQuery({ ...state, ...patch })}`;
  return (
    <nav className="coverage-controls" aria-label={t('controls.label')}>
      <span className="control-label" id="coverage-mode-label">{t('controls.mode')}</span>
      <ul className="segmented" aria-labelledby="coverage-mode-label">
        {MODES.map((m) => (
          <li key={m}>
            <Link href={href({ mode: m })} aria-current={state.mode === m ? 'true' : undefined} scroll={false}>
              {t(`mode.${m}`)}
            </Link>
          </li>
        ))}
      </ul>
      <Link href={href({ openNow: !state.openNow })} className="toggle-link" scroll={false}>
        <span aria-hidden="true">{state.openNow ? '☑' : '☐'}</span> {t('controls.openNow')}
        <span className="visually-hidden">{state.openNow ? t('controls.on') : t('controls.off')}</span>
      </Link>
    </nav>
  );
}
