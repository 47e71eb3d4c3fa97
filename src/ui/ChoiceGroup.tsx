import { Label, Radio, RadioGroup } from 'react-aria-components';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

/** A labelled radio group; arrow keys move between choices (react-aria). */
export function ChoiceGroup<T extends string>(props: {
  label: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange(value: T): void;
}) {
  return (
    <RadioGroup
      className="radio-group"
      value={props.value}
      onChange={(value) => props.onChange(value as T)}
      orientation="horizontal"
    >
      <Label className="label">{props.label}</Label>
      {props.choices.map((choice) => (
        <Radio key={choice.value} value={choice.value} className="radio">
          <span className="dot" aria-hidden="true" />
          {choice.label}
        </Radio>
      ))}
    </RadioGroup>
  );
}
