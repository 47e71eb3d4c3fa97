import { Label, ProgressBar as AriaProgressBar } from 'react-aria-components';

/** A labelled, announced progress bar: the Label names it for screen readers, react-aria supplies the value text. */
export function ProgressBar({ label, value, detail }: { label: string; value: number; detail?: string }) {
  return (
    <AriaProgressBar className="progress" value={value} minValue={0} maxValue={100}>
      {({ percentage, valueText }) => (
        <>
          <div className="meta">
            <Label>{label}</Label>
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
