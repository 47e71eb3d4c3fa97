import { ProgressBar as AriaProgressBar } from 'react-aria-components';

/** A labelled, announced progress bar (react-aria supplies the ARIA value text). */
export function ProgressBar({ label, value, detail }: { label: string; value: number; detail?: string }) {
  return (
    <AriaProgressBar className="progress" value={value} minValue={0} maxValue={100}>
      {({ percentage, valueText }) => (
        <>
          <div className="meta">
            <span>{label}</span>
            <span>{valueText}</span>
          </div>
          <div className="bar">
            <div className="fill" style={{ inlineSize: `${percentage}%` }} />
          </div>
          {detail ? <div className="meta">{detail}</div> : null}
        </>
      )}
    </AriaProgressBar>
  );
}
