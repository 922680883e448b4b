import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { cancelAlertAction } from '@/app/[locale]/admin/(panel)/weather/actions';
import { regionName } from '@/lib/weather/public';
import type { AdminAlert } from '@/lib/weather/queries';

/** Alerts in force and coming, each with its cancel button (a plain form: it works without JavaScript). */
export async function AlertTable({ alerts, now }: { alerts: AdminAlert[]; now: Date }) {
  const [t, format, locale] = await Promise.all([getTranslations('weatherAdmin'), getFormatter(), getLocale()]);
  if (alerts.length === 0) return <p>{t('none')}</p>;
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <table className="admin-table weather-table">
      <caption>{t('caption')}</caption>
      <thead>
        <tr>{(['kind', 'region', 'period', 'note', 'state', 'actions'] as const).map((c) => <th key={c} scope="col">{t(`columns.${c}`)}</th>)}</tr>
      </thead>
      <tbody>
        {alerts.map((a) => {
          const region = regionName(a.divisionCode, locale === 'en' ? 'en' : 'zh-CN');
          return (
            <tr key={a.id}>
              <td>{t(`kinds.${a.kind}`)}</td>
              <td>{region}</td>
              <td>{t('period', { from: when(a.startsAt), to: when(a.endsAt) })}</td>
              <td>{a.note}</td>
              <td>{a.startsAt <= now ? t('active') : t('upcoming')}</td>
              <td>
                <form action={cancelAlertAction}>
                  <input type="hidden" name="alertId" value={a.id} />
                  <button type="submit" className="button" aria-label={t('cancelLabel', { kind: t(`kinds.${a.kind}`), region })}>{t('cancel')}</button>
                </form>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
