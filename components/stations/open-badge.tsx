import { useLocale, useTranslations } from 'next-intl';
import { openBadgeText, type BadgeInput } from './open-badge-text';

// Open/closed in words and a symbol, never by colour alone.
export function OpenBadge(props: BadgeInput) {
  const t = useTranslations('station');
  const { className, text } = openBadgeText(t, useLocale(), props);
  return <span className={className}>{text}</span>;
}
