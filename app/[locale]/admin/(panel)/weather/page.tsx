import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AlertForm } from '@/components/admin/weather/alert-form';
import { AlertTable } from '@/components/admin/weather/alert-table';
import '@/components/admin/weather/weather-admin.css';
import { requireAdmin } from '@/lib/auth/session';
import { toChinaLocal } from '@/lib/weather/china-time';
import { alertsForAdmin } from '@/lib/weather/queries';
import { alertRegions, mayIssueAlerts } from '@/lib/weather/scope';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE = ['created', 'cancelled', 'gone', 'forbidden'] as const;

// Heat and cold alerts: national, province and city admins set them for a region in
// their scope; a county admin is answered 404, like the other pages its role may not use.
export default async function WeatherAlertsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const admin = await requireAdmin(locale);
  if (!mayIssueAlerts(admin)) notFound();
  const now = new Date();
  const [t, alerts, sp] = await Promise.all([getTranslations('weatherAdmin'), alertsForAdmin(admin, now), searchParams]);
  const done = DONE.find((d) => d === sp.done);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      {done && <p role="status" className={done === 'created' || done === 'cancelled' ? 'weather-done' : 'weather-refused'}>{t(`done.${done}`)}</p>}
      <div className="weather-admin">
        <section aria-labelledby="weather-current">
          <h2 id="weather-current">{t('current')}</h2>
          <AlertTable alerts={alerts} now={now} />
        </section>
        <AlertForm regions={alertRegions(admin, locale, t('china'))}
          defaults={{ startsAt: toChinaLocal(now), endsAt: toChinaLocal(new Date(now.getTime() + 86_400_000)) }} />
      </div>
    </>
  );
}
