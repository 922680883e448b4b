import { useLocale, useTranslations } from 'next-intl';
import type { CoverageSettings } from '@/lib/coverage/settings';
import { formatNumber } from './format';

// The model and its assumptions, on the page with the figures they produce.
export function ModelNote({ model }: { model: CoverageSettings & { cellM: number } }) {
  const t = useTranslations('coverage');
  const locale = useLocale();
  const km = (m: number) => formatNumber(locale, m / 1000, 1);
  const n = (x: number) => formatNumber(locale, x, x % 1 ? 2 : 0);
  return (
    <section className="model-note" aria-labelledby="model-heading">
      <h2 id="model-heading">{t('model.title')}</h2>
      <ul>
        <li>{t('model.walk', { minutes: model.minutes, kmh: n(model.walkKmh), detour: n(model.detour), km: km(model.radiusM.walk) })}</li>
        <li>{t('model.ebike', { minutes: model.minutes, kmh: n(model.ebikeKmh), detour: n(model.detour), km: km(model.radiusM.ebike) })}</li>
        <li>{t('model.counted')}</li>
        <li>{t('model.grid', { cell: model.cellM })}</li>
        <li>{t('model.accuracy')}</li>
        <li>{t('model.gap')}</li>
        <li>{t('model.suggestions')}</li>
        <li>{t('model.honggutan')}</li>
        <li>{t('model.straightLine')}</li>
      </ul>
    </section>
  );
}
