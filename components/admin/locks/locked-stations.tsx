import { getLocale, getTranslations } from 'next-intl/server';
import { clearLockAction } from '@/app/[locale]/admin/(panel)/locks/actions';
import { formatMoment } from '@/components/stations/format';
import { Link } from '@/i18n/navigation';
import { lockedStations } from '@/lib/confirmations/queries';
import { stationScope, type Admin } from '@/lib/permissions/roles';

/** Stations in scope that workers reported locked: the map says "uncertain" until someone checks. Nothing shows when there are none. */
export async function LockedStations({ admin, notice }: { admin: Admin; notice: string | undefined }) {
  const [rows, t, locale] = await Promise.all([lockedStations(stationScope(admin)), getTranslations('locks'), getLocale()]);
  const now = new Date();
  const said = notice === 'cleared' ? t('cleared') : notice === 'refused' ? t('refused') : null;
  if (!rows.length && !said) return null;
  return (
    <section aria-labelledby="locked-title" className="locked-stations">
      <h2 id="locked-title">{t('title', { count: rows.length })}</h2>
      {said && <p role={notice === 'cleared' ? 'status' : 'alert'}>{said}</p>}
      {rows.length > 0 && <p className="muted">{t('intro')}</p>}
      <ul>
        {rows.map((r) => (
          <li key={r.station.id}>
            <Link href={`/admin/stations/${r.station.id}`}>{r.station.name}</Link> · {r.station.county.name} ·{' '}
            {t('since', { time: formatMoment(r.lockedAt!.toISOString(), now, locale) })}
            <form action={clearLockAction} className="inline-form">
              <input type="hidden" name="stationId" value={r.station.id} />
              <input type="hidden" name="locale" value={locale} />
              <button type="submit" aria-label={t('clearFor', { name: r.station.name })}>{t('clear')}</button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
