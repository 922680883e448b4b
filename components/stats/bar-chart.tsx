import type { Bar, Scale } from './datasets';

type Props = { id: string; title: string; description: string; bars: readonly Bar[]; scale: Scale; format: (v: number) => string; partLabel?: string; totalLabel?: string };

const pct = (v: number, max: number) => `${Math.min(100, (v / max) * 100).toFixed(2)}%`;

// Horizontal bars in plain HTML and CSS, rendered on the server: no chart
// library and no client JavaScript (nothing added to the bundle), text at the
// page's own size on any screen (an SVG viewBox would shrink it to 7 px on a
// phone), and it prints. The chart is one role="img" named by its title and
// described as "the table beside it has the same figures"; the table is what
// screen readers and copy-paste use.
export function BarChart({ id, title, description, bars, scale, format, partLabel, totalLabel }: Props) {
  const max = scale === 'share' ? 1 : scale === 'stars' ? 5 : Math.max(1, ...bars.map((b) => b.value));
  const stacked = bars.some((b) => b.part !== undefined);
  return (
    <div className="bar-chart" role="img" aria-label={title} aria-describedby={`${id}-desc`}>
      <span id={`${id}-desc`} className="visually-hidden">{description}</span>
      {stacked && (
        <div className="bar-legend" aria-hidden="true">
          <span><span className="swatch bar-total" />{totalLabel}</span>
          <span><span className="swatch bar-part" />{partLabel}</span>
        </div>
      )}
      <div className="bar-rows" aria-hidden="true">
        {bars.map((b, i) => (
          <div className="bar-row" key={`${b.label}-${i}`}>
            <span className="bar-label">{b.label}</span>
            <span className="bar-track">
              <span className={stacked ? 'bar-total' : 'bar-part'} style={{ width: pct(b.value, max) }} />
              {b.part !== undefined && <span className="bar-part" style={{ width: pct(b.part, max) }} />}
            </span>
            <span className="bar-value">{format(b.value)}</span>
          </div>
        ))}
      </div>
    </div>
  );
}
