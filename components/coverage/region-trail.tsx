import { useLocale } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { CHINA_CODE, ancestry, division } from '@/lib/divisions/catalog';

type Props = { base: '/coverage' | '/stats'; code: string; label: string; query?: string };

// Where the page is: China › province › city › county, each a link up to its
// own view of the page (the last one is the current page, not a link).
export function RegionTrail({ base, code, label, query = '' }: Props) {
  const locale = useLocale();
  const china = division(CHINA_CODE)!;
  const chain = code === CHINA_CODE ? [china] : [china, ...ancestry(code)];
  const name = (d: { name: string; nameEn: string }) => (locale === 'en' ? d.nameEn : d.name);
  return (
    <nav aria-label={label} className="region-trail">
      <ol>
        {chain.map((d, i) => (
          <li key={d.code}>
            {i === chain.length - 1 ? <span aria-current="page">{name(d)}</span> : <Link href={`${base}?region=${d.code}${query}`}>{name(d)}</Link>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
