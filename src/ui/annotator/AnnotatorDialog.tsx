import { useState, type FormEvent } from 'react';
import { Button, Dialog, FieldError, Form, Heading, Input, Label, ListBox, ListBoxItem, Modal, ModalOverlay, Text, TextField } from 'react-aria-components';
import { useT } from '../i18n/useT.ts';
import { annotatorNameProblem, useAnnotator, useSetAnnotator } from './useAnnotator.ts';

/** Asks who is annotating: a new name, or one used before in this browser. */
export function AnnotatorDialog(props: { isDismissable: boolean; onClose(): void }) {
  const t = useT();
  const annotator = useAnnotator();
  const setAnnotator = useSetAnnotator();
  const [name, setName] = useState('');
  const problem = name ? annotatorNameProblem(name) : null;
  const choose = (chosen: string) => setAnnotator.mutate(chosen, { onSuccess: props.onClose });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!annotatorNameProblem(name)) choose(name);
  };
  const known = annotator.data?.known ?? [];
  return (
    <ModalOverlay className="modal-overlay" isOpen isDismissable={props.isDismissable} onOpenChange={(open) => !open && props.onClose()}>
      <Modal className="modal small">
        <Dialog className="dialog" aria-labelledby="annotator-heading">
          <Heading slot="title" id="annotator-heading">{t('annotator.who')}</Heading>
          <p className="muted">{t('annotator.why')}</p>
          {known.length > 0 ? (
            <ListBox
              aria-label={t('annotator.known')}
              className="choice-list"
              selectionMode="single"
              onAction={(key) => choose(String(key))}
            >
              {known.map((person) => (
                <ListBoxItem key={person} id={person} textValue={person} className="choice-item">
                  <bdi>{person}</bdi>
                  {person === annotator.data?.current ? <span className="muted"> · {t('annotator.current')}</span> : null}
                </ListBoxItem>
              ))}
            </ListBox>
          ) : null}
          <Form onSubmit={submit} className="stacked-form">
            <TextField className="field" value={name} onChange={setName} isInvalid={problem !== null} autoFocus>
              <Label>{t('annotator.name')}</Label>
              <Input />
              <Text slot="description">{t('annotator.nameHint')}</Text>
              <FieldError>{problem === 'reserved' ? t('annotator.reserved') : problem === 'too-long' ? t('annotator.tooLong') : ''}</FieldError>
            </TextField>
            <Button type="submit" className="button primary" isDisabled={!name.trim() || problem !== null}>
              {t('annotator.start')}
            </Button>
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
