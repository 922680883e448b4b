import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { EmbedStationList } from '@/components/embed/embed-station-list';
import { EmbedMap } from '@/components/map';
import { ancestry } from '@/lib/divisions/catalog';
import { placeLabel } from '@/lib/divisions/place-label';
import { parseEmbedQuery, type EmbedTarget } from '@/lib/embed/query';
import { embedStations, fullMapHref } from '@/lib/embed/view';
import { env } from '@/lib/env';
import { tileConfig } from '@/lib/map-tiles';
import { getStationIndex } from '@/lib/stations/index-store';

// The compact map a union website frames: /embed?county=410103 (a county, city or province of
// China) or /embed?bbox=minLng,minLat,maxLng,maxLat. Bad input is explained on the page.

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'embed' });
  return { title: t('pageTitle') };
}

export default async function EmbedPage({ params, searchParams }: Props) {
  await connection();
  const { locale } = await params;
  const t = await getTranslations('embed');
  const query = await parseEmbedQuery(await searchParams);
  const home = locale === 'en' ? '/en' : '/';
  if (!query.ok) {
    return (
      <main className="embed embed-problem">
        <h1>{t('problemTitle')}</h1>
        <p role="alert">{t(`problems.${query.problem}`)}</p>
        <p>{t('usage')}</p>
        <OpenLink href={home} label={t('open')} />
      </main>
    );
  }
  return <EmbedView target={query.target} locale={locale} />;
}

async function EmbedView({ target, locale }: { target: EmbedTarget; locale: string }) {
  const t = await getTranslations('embed');
  const { index } = await getStationIndex();
  const { items, more } = embedStations(index, target, new Date());
  const fullMap = fullMapHref(target.box, locale);
  // A county with its city (郑州市二七区, Erqi District, Zhengzhou City); a city with its province.
  const title = target.kind === 'division' ? t('areaTitle', { area: placeLabel(ancestry(target.division.code).slice(-2), locale) }) : t('boxTitle');
  return (
    <main className="embed">
      <header className="embed-bar">
        <h1>{title}</h1>
        <OpenLink href={fullMap} label={t('open')} />
      </header>
      <div className="embed-map">
        <EmbedMap tiles={tileConfig(env.MAP_TILES, env.TIANDITU_KEY)} box={target.box} region={target.kind === 'division' ? target.division.code : undefined}
          stationPath={`${locale === 'en' ? '/en' : ''}/stations/`} openLabel={t('opensInNewTab')} />
      </div>
      <section className="embed-stations" aria-labelledby="embed-list-heading">
        <h2 id="embed-list-heading">{t('listHeading', { count: items.length })}</h2>
        <EmbedStationList items={items} more={more} fullMap={fullMap} locale={locale} />
      </section>
    </main>
  );
}

function OpenLink({ href, label }: { href: string; label: string }) {
  return <a className="embed-open" href={href} target="_blank" rel="noopener">{label}</a>;
}
