import { useTranslations } from 'next-intl';
import type { NavLinks } from '@/lib/nav-links';

// One tap hands the worker to a navigation app; each link carries the
// coordinate system that app expects (see lib/nav-links.ts).
export function NavButtons({ links, headingLevel = 3 }: { links: NavLinks; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const t = useTranslations('station');
  const apps = ['amap', 'baidu', 'tencent', 'apple'] as const;
  return (
    <nav className="nav-buttons" aria-label={t('navigate')}>
      <Heading>{t('navigate')}</Heading>
      <ul>
        {apps.map((app) => (
          <li key={app}>
            <a className="button" href={links[app]} target="_blank" rel="noopener noreferrer">
              {t(app)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
