import { Link } from '@/i18n/navigation';

type Station = { id: string; name: string; archivedAt: Date | null; county: { name: string } };
type Words = { edit: string; archived: string };

/** The station of a queue row (complaints, reviews): a link to its admin page, its county, and whether it was archived. */
export function QueueStationCell({ station, words }: { station: Station; words: Words }) {
  return (
    <td>
      <Link href={`/admin/stations/${station.id}`} aria-label={`${words.edit}: ${station.name}`}>{station.name}</Link>
      <br />
      <span className="muted">
        {station.county.name}
        {station.archivedAt && ` · ${words.archived}`}
      </span>
    </td>
  );
}
