import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { EntityLabel } from '../../core/schema/projectSchema.ts';
import { useLocale } from '../../ui/i18n/useT.ts';
import { SchemaErrorNotice } from './SchemaErrorNotice.tsx';
import { useEntityLabelUse } from './api/useEntityLabelUse.ts';
import { useRemoveEntityLabel } from './api/useRemoveEntityLabel.ts';

/** Asks before removing a label, saying how many spans and annotators would lose it; removing is not undoable. */
export function RemoveEntityLabelDialog(props: { projectId: string; label: EntityLabel; onClose(): void }) {
  const { t, locale } = useLocale();
  const use = useEntityLabelUse(props.projectId);
  const remove = useRemoveEntityLabel(props.projectId);
  const counted = use.data ? (use.data[props.label.tag] ?? { spans: 0, annotators: 0 }) : null;
  return (
    <ModalOverlay className="modal-overlay" isOpen isDismissable onOpenChange={(open) => (open ? undefined : props.onClose())}>
      <Modal className="modal small">
        <Dialog role="alertdialog" className="dialog">
          <Heading slot="title">{t('schema.removeTitle', { tag: props.label.tag })}</Heading>
          <p>{t('schema.removeConfirm', { name: props.label.name[locale], tag: props.label.tag })}</p>
          {use.isPending ? <p className="muted" role="status">{t('schema.counting')}</p> : null}
          {counted && counted.spans > 0 ? (
            <p className="notice" data-testid="label-use">
              {t('schema.removeUse', { spans: counted.spans, annotators: counted.annotators })}
            </p>
          ) : null}
          <SchemaErrorNotice error={use.error ?? remove.error} />
          <div className="actions">
            <Button className="button" onPress={props.onClose} autoFocus>
              {t('schema.cancel')}
            </Button>
            <Button
              className="button primary remove-confirm"
              isDisabled={!counted || remove.isPending}
              onPress={() => remove.mutate(props.label.tag, { onSuccess: props.onClose })}
            >
              {t('schema.remove')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
