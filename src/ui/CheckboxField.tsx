import type { ReactNode } from 'react';
import { Checkbox } from 'react-aria-components';

export function CheckboxField(props: { isSelected: boolean; onChange(value: boolean): void; children: ReactNode }) {
  return (
    <Checkbox className="checkbox" isSelected={props.isSelected} onChange={props.onChange}>
      <span className="box" aria-hidden="true" />
      <span>{props.children}</span>
    </Checkbox>
  );
}
