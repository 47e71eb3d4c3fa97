import { memo } from 'react';
import { Button } from 'react-aria-components';

/**
 * A toolbar button with its keyboard shortcut shown after the label. Memoised: given a
 * stable `onPress`, an edit elsewhere on the screen does not re-render it.
 */
export const ShortcutButton = memo(function ShortcutButton(props: { label: string; shortcut?: string; isDisabled?: boolean; onPress(): void }) {
  return (
    <Button className="button" isDisabled={props.isDisabled} onPress={props.onPress}>
      {props.label}
      {props.shortcut ? <> <kbd>{props.shortcut}</kbd></> : null}
    </Button>
  );
});
