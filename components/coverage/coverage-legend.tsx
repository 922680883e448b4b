import { useLocale, useTranslations } from 'next-intl';
import { cellCss, shareClasses } from './scale';
import { formatShare } from './format';

// The map's key, as HTML beside the map (readable, printable, translatable).
export function CoverageLegend({ county }: { county: boolean }) {
  const t = useTranslations('coverage');
  const locale = useLocale();
  const swatch = (colour: string) => <span className="swatch" style={{ background: colour }} aria-hidden="true" />;
  if (county) {
    return (
      <ul className="coverage-legend" aria-label={t('legend.label')}>
        <li>{swatch(cellCss(2))}{t('legend.covered')}</li>
        <li>{swatch(cellCss(1))}{t('legend.uncovered')}</li>
        <li>{swatch(cellCss(3))}{t('legend.gap')}</li>
        <li><span className="swatch suggestion-swatch" aria-hidden="true">1</span>{t('legend.suggestion')}</li>
      </ul>
    );
  }
  return (
    <ul className="coverage-legend" aria-label={t('legend.label')}>
      {shareClasses().map((c) => (
        <li key={c.from}>{swatch(c.colour)}{formatShare(locale, c.from, 0)}–{formatShare(locale, c.to, 0)}</li>
      ))}
    </ul>
  );
}
