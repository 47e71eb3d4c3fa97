import { useState, type FormEvent } from 'react';
import { Button, Dialog, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { EventType, LocalName } from '../../core/schema/projectSchema.ts';
import { setEventRoleNames } from '../../core/schema/eventRoleNames.ts';
import { useT } from '../../ui/i18n/useT.ts';
import { RoleNameFields } from './RoleNameFields.tsx';
import { SchemaErrorNotice } from './SchemaErrorNotice.tsx';
import { useEditProjectSchema } from './api/useEditProjectSchema.ts';

/** A name the lead never gave is stored as the role id; it shows as the empty field's placeholder instead. */
function givenName(role: string, name: string): string {
  return name === role ? '' : name;
}

/** Renames the roles of a project's own event type in both languages; the role ids, and so the arguments, stay. */
export function EventRoleNamesDialog(props: { projectId: string; eventType: EventType; onClose(): void }) {
  const t = useT();
  const edit = useEditProjectSchema(props.projectId);
  const [names, setNames] = useState<Record<string, LocalName>>(() =>
    Object.fromEntries(props.eventType.roles.map((r) => [r.role, { ar: givenName(r.role, r.name.ar), en: givenName(r.role, r.name.en) }])),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    edit.mutate((schema) => setEventRoleNames(schema, props.eventType.type, names), { onSuccess: props.onClose });
  };

  return (
    <ModalOverlay className="modal-overlay" isOpen isDismissable onOpenChange={(open) => (open ? undefined : props.onClose())}>
      <Modal className="modal small">
        <Dialog className="dialog">
          <Heading slot="title">{t('schema.events.roleNamesOf', { type: props.eventType.type })}</Heading>
          <Form onSubmit={submit} className="label-form">
            <p className="muted small">{t('schema.events.roleNamesHint')}</p>
            <RoleNameFields roles={props.eventType.roles.map((r) => r.role)} names={names} onChange={(role, given) => setNames((all) => ({ ...all, [role]: given }))} />
            <SchemaErrorNotice error={edit.error} />
            <div className="actions">
              <Button className="button" onPress={props.onClose}>
                {t('schema.cancel')}
              </Button>
              <Button type="submit" className="button primary" isDisabled={edit.isPending}>
                {t('schema.save')}
              </Button>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
