import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';

export interface SelectOption {
  id: string;
  label: string;
}

/** A labelled react-aria Select: keyboard, typeahead and screen reader support included. */
export function SelectField(props: {
  label: string;
  options: readonly SelectOption[];
  value: string | null;
  placeholder?: string;
  onChange(value: string): void;
  className?: string;
}) {
  return (
    <Select
      className={`field select ${props.className ?? ''}`}
      selectedKey={props.value}
      onSelectionChange={(key) => key !== null && props.onChange(String(key))}
      placeholder={props.placeholder}
    >
      <Label>{props.label}</Label>
      <Button className="button select-button">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="popover">
        <ListBox className="menu" items={props.options}>
          {(option) => (
            <ListBoxItem id={option.id} textValue={option.label} className="menu-item">
              <bdi>{option.label}</bdi>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
