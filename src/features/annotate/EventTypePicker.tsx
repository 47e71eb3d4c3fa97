import { useRef, useState } from 'react';
import { Button, ComboBox, Dialog, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import type { EventType } from '../../core/schema/projectSchema.ts';
import { useLocale, useT } from '../../ui/i18n/useT.ts';

/** A searchable list of the schema's event types, opened at the trigger (or in the panel for a document-level event). */
export function EventTypePicker(props: {
  anchor: DOMRect;
  types: readonly EventType[];
  trigger: string | null;
  onPick(type: string): void;
  onClose(): void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const anchorRef = useRef<HTMLDivElement>(null);
  const [input, setInput] = useState('');
  const needle = input.trim().toLowerCase();
  const items = props.types.filter(
    (type) => !needle || type.type.toLowerCase().includes(needle) || type.name.en.toLowerCase().includes(needle) || type.name.ar.includes(input.trim()),
  );
  return (
    <>
      <div ref={anchorRef} style={{ position: 'fixed', left: props.anchor.left, top: props.anchor.top, width: props.anchor.width, height: props.anchor.height }} />
      <Popover triggerRef={anchorRef} isOpen onOpenChange={(open) => !open && props.onClose()} placement="bottom" className="popover">
        <Dialog className="label-menu" aria-label={t('events.pickType')}>
          {props.trigger ? (
            <p className="menu-preview" dir="rtl" lang="ar"><bdi>{props.trigger}</bdi></p>
          ) : (
            <p className="muted">{t('events.documentLevel')}</p>
          )}
          <ComboBox
            aria-label={t('events.type')}
            inputValue={input}
            onInputChange={setInput}
            items={items}
            allowsEmptyCollection
            menuTrigger="focus"
            onSelectionChange={(key) => key !== null && props.onPick(String(key))}
            className="field"
            autoFocus
          >
            <Label>{t('events.type')}</Label>
            <div className="combo">
              <Input className="input" />
              <Button className="button" aria-label={t('events.showTypes')}>▾</Button>
            </div>
            <Popover className="popover" placement="bottom start">
              <ListBox className="menu combo-list" renderEmptyState={() => <p className="muted">{t('events.noType')}</p>}>
                {(type: EventType) => (
                  <ListBoxItem id={type.type} textValue={`${type.type} ${type.name[locale]}`} className="menu-item">
                    <Text slot="label">{type.name[locale]}</Text>
                    <Text slot="description" className="muted" dir="ltr">{type.type}</Text>
                  </ListBoxItem>
                )}
              </ListBox>
            </Popover>
          </ComboBox>
        </Dialog>
      </Popover>
    </>
  );
}
