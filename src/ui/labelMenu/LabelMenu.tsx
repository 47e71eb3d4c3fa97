import { useRef, type KeyboardEvent } from 'react';
import { Button, Dialog, Header, Keyboard, Menu, MenuItem, MenuSection, Popover, Separator, Text, ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import type { EntityLabel } from '../../core/schema/projectSchema.ts';
import { hotkeyLabel } from '../../core/schema/schemaEdits.ts';
import { useLocale, useT } from '../i18n/useT.ts';
import { safeColor } from '../documentView/highlightStyles.ts';
import './labelMenu.css';

/** The menu item id of Delete; labels' ids are their tags, which never start with "__". */
const DELETE = '__delete';

export interface LabelMenuProps {
  anchor: DOMRect;
  labels: readonly EntityLabel[];
  /** The text the span would cover (or covers). */
  preview: string;
  /** What the menu does, when it is not labelling one selection or span (said and shown above the preview). */
  title?: string;
  currentLabel?: string;
  /** Alternative start points inside the first word (proclitic splits), with their preview text. */
  starts?: { offset: number; text: string }[];
  start?: number;
  onStart?(offset: number): void;
  onLabel(tag: string): void;
  /** Spans the selection can resize instead, each with the text it covers now. */
  fits?: { id: string; label: string; text: string }[];
  onFit?(id: string): void;
  onDelete?(): void;
  onClose(): void;
}

/**
 * The label menu that opens at a selection or a span: labels by name, colour and
 * hotkey (the hotkeys work while it is open), the proclitic split points of the
 * first word, the spans a selection can resize to its bounds, and Delete for an
 * existing span.
 */
export function LabelMenu(props: LabelMenuProps) {
  const t = useT();
  const { locale } = useLocale();
  const anchorRef = useRef<HTMLDivElement>(null);
  const onKeyDownCapture = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const label = props.labels.find((l) => l.hotkey === event.code);
    if (label) {
      event.preventDefault();
      event.stopPropagation();
      props.onLabel(label.tag);
    } else if ((event.code === 'Delete' || event.code === 'Backspace') && props.onDelete) {
      event.preventDefault();
      event.stopPropagation();
      props.onDelete();
    }
  };
  return (
    <>
      <div
        ref={anchorRef}
        className="menu-anchor"
        style={{ position: 'fixed', left: props.anchor.left, top: props.anchor.top, width: props.anchor.width, height: props.anchor.height }}
      />
      <Popover triggerRef={anchorRef} isOpen onOpenChange={(open) => !open && props.onClose()} placement="bottom" className="popover label-popover">
        <Dialog className="label-menu" aria-label={props.title ?? (props.currentLabel ? t('annotate.menu.span') : t('annotate.menu.new'))}>
          <div onKeyDownCapture={onKeyDownCapture}>
          {props.title ? <p className="menu-title">{props.title}</p> : null}
          <p className="menu-preview" dir="rtl" lang="ar">
            <bdi>{props.preview}</bdi>
            {props.currentLabel ? <span className="badge">{props.currentLabel}</span> : null}
          </p>
          {props.starts && props.starts.length > 1 && props.onStart ? (
            <ToggleButtonGroup
              aria-label={t('annotate.menu.startAt')}
              selectionMode="single"
              disallowEmptySelection
              selectedKeys={[String(props.start)]}
              onSelectionChange={(keys) => {
                const [key] = [...keys];
                if (key !== undefined) props.onStart!(Number(key));
              }}
              className="split-options"
            >
              {props.starts.map((option) => (
                <ToggleButton key={option.offset} id={String(option.offset)} className="button split-option">
                  <bdi dir="rtl">{option.text}</bdi>
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
          ) : null}
          {props.fits && props.fits.length > 0 && props.onFit ? (
            // Buttons above the labels, seen without scrolling; the menu keeps the focus, so Enter still labels.
            <div className="fit-options" role="group" aria-labelledby="fit-options-title">
              <p id="fit-options-title" className="menu-header">{t('annotate.menu.fit')}</p>
              {props.fits.map((fit) => (
                <Button key={fit.id} className="button fit-option" onPress={() => props.onFit!(fit.id)}>
                  <span className="tag">{fit.label}</span> <bdi dir="rtl" lang="ar">{fit.text}</bdi>
                </Button>
              ))}
            </div>
          ) : null}
          <Menu
            aria-label={t('annotate.menu.labels')}
            autoFocus="first"
            className="menu"
            onAction={(key) => (key === DELETE ? props.onDelete?.() : props.onLabel(String(key)))}
          >
            <MenuSection>
              <Header className="menu-header">{t('annotate.menu.labels')}</Header>
              {props.labels.map((label) => (
                <MenuItem key={label.tag} id={label.tag} textValue={`${label.tag} ${label.name[locale]}`} className="menu-item">
                  <span className="swatch" style={{ backgroundColor: safeColor(label.color) }} aria-hidden="true" />
                  <Text slot="label">
                    <span className="tag">{label.tag}</span> {label.name[locale]}
                    {label.tag === props.currentLabel ? ` ✓` : ''}
                  </Text>
                  {label.hotkey ? <Keyboard className="kbd">{hotkeyLabel(label.hotkey)}</Keyboard> : null}
                  {label.description?.[locale] ? (
                    <Text slot="description" className="menu-description">
                      {label.description[locale]}
                    </Text>
                  ) : null}
                </MenuItem>
              ))}
            </MenuSection>
            {props.onDelete ? (
              <>
                <Separator />
                <MenuSection>
                  <MenuItem id={DELETE} className="menu-item danger" textValue={t('annotate.menu.delete')}>
                    <Text slot="label">{t('annotate.menu.delete')}</Text>
                    <Keyboard className="kbd">Del</Keyboard>
                  </MenuItem>
                </MenuSection>
              </>
            ) : null}
          </Menu>
          </div>
        </Dialog>
      </Popover>
    </>
  );
}
