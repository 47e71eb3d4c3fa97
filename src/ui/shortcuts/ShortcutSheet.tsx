import { Button, Dialog, Heading, Keyboard, Modal, ModalOverlay } from 'react-aria-components';
import { useT } from '../i18n/useT.ts';
import { safeColor } from '../documentView/highlightStyles.ts';
import type { ShortcutGroup } from './shortcutGroup.ts';
import './shortcuts.css';

/** The `?` sheet: every key of the current screen, grouped, in a modal dialog. */
export function ShortcutSheet(props: { groups: readonly ShortcutGroup[]; onClose(): void }) {
  const t = useT();
  return (
    <ModalOverlay className="modal-overlay" isOpen isDismissable onOpenChange={(open) => !open && props.onClose()}>
      <Modal className="modal shortcut-modal">
        <Dialog className="dialog shortcut-sheet" aria-labelledby="shortcuts-heading">
          <div className="shortcut-head">
            <Heading slot="title" id="shortcuts-heading">{t('shortcuts.title')}</Heading>
            <Button className="button" onPress={props.onClose} autoFocus>{t('shortcuts.close')}</Button>
          </div>
          <div className="shortcut-groups">
            {props.groups.map((group) => (
              <section key={group.id} className="shortcut-group" aria-labelledby={`shortcut-group-${group.id}`}>
                <h3 id={`shortcut-group-${group.id}`}>{group.title}</h3>
                {group.note ? <p className="muted">{group.note}</p> : null}
                <dl className="shortcut-list">
                  {group.shortcuts.map((shortcut, index) => (
                    <div key={index} className="shortcut-row">
                      <dt>
                        {shortcut.keys.map((key, i) => (
                          <span key={key}>
                            {i > 0 ? <span className="muted"> {t('shortcuts.or')} </span> : null}
                            <Keyboard className="kbd" dir="ltr">{key}</Keyboard>
                          </span>
                        ))}
                      </dt>
                      <dd>
                        {shortcut.color ? <span className="swatch" style={{ backgroundColor: safeColor(shortcut.color) }} aria-hidden="true" /> : null}
                        <bdi>{shortcut.description}</bdi>
                      </dd>
                    </div>
                  ))}
                </dl>
              </section>
            ))}
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
