import { useNumberFormatter } from 'react-aria';
import { safeColor } from '../documentView/highlightStyles.ts';
import './charts.css';

export interface Bar {
  id: string;
  label: string;
  value: number;
  /** Text shown for the value, e.g. a formatted duration; defaults to the number. */
  valueText?: string;
  color?: string;
}

const ROW = 22;

/**
 * A small horizontal bar chart in plain SVG. The drawing is hidden from screen readers;
 * the same figures are in a table beside it (visually hidden unless `showTable`), so
 * nothing is only in the picture.
 */
export function BarChart(props: { title: string; bars: readonly Bar[]; valueHeading: string; labelHeading: string; id: string; /** Full length of a bar, e.g. the number of documents; else the largest value. */ max?: number }) {
  const numbers = useNumberFormatter();
  const max = Math.max(1, props.max ?? 0, ...props.bars.map((bar) => bar.value));
  const height = props.bars.length * ROW;
  return (
    <figure className="bar-chart" aria-labelledby={`${props.id}-title`}>
      <figcaption id={`${props.id}-title`}>{props.title}</figcaption>
      <div className="bar-chart-body" aria-hidden="true">
        <div className="bar-chart-labels">
          {props.bars.map((bar) => (
            <span key={bar.id} className="bar-chart-label" style={{ blockSize: ROW }}>
              <bdi>{bar.label}</bdi>
            </span>
          ))}
        </div>
        {/* SVG x runs left to right in any direction; the stylesheet flips it in RTL so bars grow from the inline start. */}
        <svg className="bar-chart-bars" width="100%" height={height} role="presentation" focusable="false">
          {props.bars.map((bar, index) => (
            <rect
              key={bar.id}
              x={0}
              y={index * ROW + 4}
              width={`${(bar.value / max) * 100}%`}
              height={ROW - 8}
              rx={3}
              fill={bar.color ? safeColor(bar.color) : 'var(--accent)'}
            />
          ))}
        </svg>
        <div className="bar-chart-values">
          {props.bars.map((bar) => (
            <span key={bar.id} style={{ blockSize: ROW }}>{bar.valueText ?? numbers.format(bar.value)}</span>
          ))}
        </div>
      </div>
      <table className="visually-hidden">
        <thead>
          <tr>
            <th scope="col">{props.labelHeading}</th>
            <th scope="col">{props.valueHeading}</th>
          </tr>
        </thead>
        <tbody>
          {props.bars.map((bar) => (
            <tr key={bar.id}>
              <th scope="row">{bar.label}</th>
              <td>{bar.valueText ?? numbers.format(bar.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
