import { useState } from 'react';
import { Button, type ButtonProps } from 'react-aria-components';
import type { LabelRef, ProjectSchema } from '../../core/schema/projectSchema.ts';
import { hotkeyFromEvent } from '../../core/schema/hotkeyFromEvent.ts';
import { hotkeyOwner } from '../../core/schema/hotkeyOwner.ts';
import { isReservedKey } from '../../core/schema/reservedKeys.ts';
import { hotkeyLabel } from '../../core/schema/schemaEdits.ts';
import { useLocale } from '../../ui/i18n/useT.ts';
import { labelName } from './labelName.ts';

type KeyHandler = NonNullable<ButtonProps['onKeyDown']>;

/**
 * A "press a key" button: pressing it, then a key, records the key's KeyboardEvent.code.
 * Reserved keys and keys another label already has are refused with a message, so a
 * conflict is never saved. Escape stops without a change; Tab leaves as usual.
 */
export function HotkeyCapture(props: {
  /** What the key is for, e.g. "Hotkey" or "Hotkey of Attack"; the button's accessible name starts with it. */
  label: string;
  value: string | null;
  schema: ProjectSchema;
  /** The label whose key this is: its own current key is no conflict. */
  self: LabelRef | null;
  onChange(code: string | null): void;
}) {
  const { t, locale } = useLocale();
  const [capturing, setCapturing] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const onKeyDown: KeyHandler = (event) => {
    // react-aria stops keyboard events by default; when not capturing, let dialogs see Escape.
    if (!capturing || event.key === 'Tab') {
      if (event.key === 'Tab') setCapturing(false);
      event.continuePropagation();
      return;
    }
    event.preventDefault();
    if (event.key === 'Escape') {
      setCapturing(false);
      setRefusal(null);
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) {
      setRefusal(t('schema.hotkey.modifier'));
      return;
    }
    const code = hotkeyFromEvent(event);
    if (!code) return;
    const key = hotkeyLabel(code);
    if (isReservedKey(code)) {
      setRefusal(t('schema.hotkey.reserved', { key }));
      return;
    }
    const owner = hotkeyOwner(props.schema, code);
    if (owner && !(owner.section === props.self?.section && owner.tag === props.self.tag)) {
      setRefusal(t('schema.hotkey.taken', { key, label: labelName(props.schema, owner, locale) }));
      return;
    }
    setRefusal(null);
    setCapturing(false);
    props.onChange(code);
  };

  const shown = capturing ? t('schema.hotkey.press') : props.value ? hotkeyLabel(props.value) : t('schema.hotkey.none');
  return (
    <span className="hotkey-capture">
      <Button
        className={`button hotkey-button${capturing ? ' capturing' : ''}`}
        aria-label={t('schema.hotkey.button', { label: props.label, key: shown })}
        onPress={() => {
          // Enter and Space while capturing also "press" the button: keep their refusal on screen.
          if (capturing) return;
          setRefusal(null);
          setCapturing(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setCapturing(false)}
      >
        {props.value && !capturing ? <kbd dir="ltr">{shown}</kbd> : <span>{shown}</span>}
      </Button>
      {props.value && !capturing ? (
        <Button
          className="button hotkey-clear"
          onPress={() => {
            setRefusal(null);
            props.onChange(null);
          }}
        >
          {/* The name starts with the visible words, so speech users can say what they see; the label it belongs to follows for screen readers. */}
          {t('schema.hotkey.clear')}
          <span className="visually-hidden"> ({props.label})</span>
        </Button>
      ) : null}
      <span role="status" className={refusal ? 'hotkey-message refused' : 'hotkey-message'}>
        {refusal ?? (capturing ? t('schema.hotkey.hint') : '')}
      </span>
    </span>
  );
}
