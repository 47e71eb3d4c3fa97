import { useId, useState, type CSSProperties, type FormEvent } from 'react';
import { Button, Dialog, Form, Heading, Input, Label, Modal, ModalOverlay, Text, TextArea, TextField } from 'react-aria-components';
import type { EntityLabel, LocalName, ProjectSchema } from '../../core/schema/projectSchema.ts';
import { itemProblems } from '../../core/schema/nameClashes.ts';
import { addEntityLabel, renameEntityTag, updateEntityLabel } from '../../core/schema/schemaEdits.ts';
import { useT } from '../../ui/i18n/useT.ts';
import { safeColor } from '../../ui/documentView/highlightStyles.ts';
import { darkTint } from '../../ui/theme/darkLabelColors.ts';
import { HotkeyCapture } from './HotkeyCapture.tsx';
import { fieldProblems } from './fieldProblems.ts';
import { LocalNameFields } from './LocalNameFields.tsx';
import { SchemaErrorNotice } from './SchemaErrorNotice.tsx';
import { useEditProjectSchema } from './api/useEditProjectSchema.ts';
import { useRenameEntityTag } from './api/useRenameEntityTag.ts';

/** A colour no default label uses, so a new label stands out until the user picks one. */
const NEW_LABEL_COLOR = '#8fb8de';

/**
 * Adds an entity label (`label` null) or edits one: tag, names, colour and hotkey. The result is
 * validated as a whole schema before anything is written; a changed tag re-tags the label's spans.
 */
export function EntityLabelDialog(props: { projectId: string; schema: ProjectSchema; label: EntityLabel | null; onClose(): void }) {
  const t = useT();
  const original = props.label;
  const [tag, setTag] = useState(original?.tag ?? '');
  const [name, setName] = useState<LocalName>({ ar: original?.name.ar ?? '', en: original?.name.en ?? '' });
  const [color, setColor] = useState(original?.color ?? NEW_LABEL_COLOR);
  const [hotkey, setHotkey] = useState<string | null>(original?.hotkey ?? null);
  const [descriptionAr, setDescriptionAr] = useState(original?.description?.ar ?? '');
  const [descriptionEn, setDescriptionEn] = useState(original?.description?.en ?? '');
  const [tried, setTried] = useState(false);
  const colorId = useId();
  const edit = useEditProjectSchema(props.projectId);
  const rename = useRenameEntityTag(props.projectId);

  const fields = { name: { ar: name.ar.trim(), en: name.en.trim() }, color, hotkey, description: labelDescription(descriptionAr, descriptionEn) };
  const candidate = original
    ? updateEntityLabel(renameEntityTag(props.schema, original.tag, tag.trim()), tag.trim(), fields)
    : addEntityLabel(props.schema, { tag: tag.trim(), ...fields });
  const index = original ? props.schema.entities.findIndex((l) => l.tag === original.tag) : props.schema.entities.length;
  const problems = tried ? fieldProblems(itemProblems(candidate, 'entities', index), `entities[${index}]`) : {};
  const problemText = (field: string): string | null => {
    const kind = problems[field];
    return kind ? t(`schema.problem.${kind}`) : null;
  };
  const pending = edit.isPending || rename.isPending;
  const error = edit.error ?? rename.error;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (itemProblems(candidate, 'entities', index).length > 0) return;
    try {
      if (!original) {
        await edit.mutateAsync((schema) => addEntityLabel(schema, { tag: tag.trim(), ...fields }));
      } else {
        // A new tag goes with the other fields in one transaction that also re-tags the spans.
        if (tag.trim() !== original.tag) await rename.mutateAsync({ from: original.tag, to: tag.trim(), patch: fields });
        else await edit.mutateAsync((schema) => updateEntityLabel(schema, original.tag, fields));
      }
      props.onClose();
    } catch {
      // The mutation keeps the error; it is shown below the form.
    }
  };

  return (
    <ModalOverlay className="modal-overlay" isOpen isDismissable onOpenChange={(open) => (open ? undefined : props.onClose())}>
      <Modal className="modal small">
        <Dialog className="dialog">
          <Heading slot="title">{original ? t('schema.editTitle', { tag: original.tag }) : t('schema.addTitle')}</Heading>
          <Form onSubmit={submit} className="label-form" validationBehavior="aria">
            <TextField className="field" value={tag} onChange={setTag} isInvalid={!!problemText('tag')} autoFocus>
              <Label>{t('schema.field.tag')}</Label>
              <Input dir="ltr" spellCheck={false} autoComplete="off" />
              <Text slot="description">{original ? t('schema.field.tagRenameHint') : t('schema.field.tagHint')}</Text>
              {problemText('tag') ? <Text slot="errorMessage">{problemText('tag')}</Text> : null}
            </TextField>
            <LocalNameFields name={name} onChange={setName} problems={{ ar: problemText('name.ar'), en: problemText('name.en') }} />
            <div className="field">
              <label className="label" htmlFor={colorId}>{t('schema.field.color')}</label>
              <span className="color-field">
                <input id={colorId} type="color" value={color} onChange={(e) => setColor(e.target.value)} />
                <span className="highlight-sample" style={{ '--label-color': color, '--label-tint': darkTint(safeColor(color)) } as CSSProperties} lang="ar" dir="rtl">
                  {name.ar || 'نص'}
                </span>
              </span>
              {problemText('color') ? <span className="field-error">{problemText('color')}</span> : null}
            </div>
            <div className="field">
              <span className="label" aria-hidden="true">{t('schema.field.hotkey')}</span>
              <HotkeyCapture
                label={t('schema.field.hotkey')}
                value={hotkey}
                schema={props.schema}
                self={original ? { section: 'entities', tag: original.tag } : null}
                onChange={setHotkey}
              />
              {problemText('hotkey') ? <span className="field-error">{problemText('hotkey')}</span> : null}
            </div>
            <TextField className="field" value={descriptionAr} onChange={setDescriptionAr}>
              <Label>{t('guidelines.descriptionAr')}</Label>
              <TextArea dir="rtl" lang="ar" rows={2} />
            </TextField>
            <TextField className="field" value={descriptionEn} onChange={setDescriptionEn}>
              <Label>{t('guidelines.descriptionEn')}</Label>
              <TextArea dir="ltr" lang="en" rows={2} />
              <Text slot="description">{t('guidelines.descriptionHint')}</Text>
            </TextField>
            <SchemaErrorNotice error={error} />
            <div className="actions">
              <Button className="button" onPress={props.onClose}>
                {t('schema.cancel')}
              </Button>
              <Button type="submit" className="button primary" isDisabled={pending}>
                {original ? t('schema.save') : t('schema.add')}
              </Button>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

/** Only the languages someone wrote; no description at all when both are empty, so unedited labels stay as they were. */
function labelDescription(ar: string, en: string): EntityLabel['description'] {
  const description: NonNullable<EntityLabel['description']> = {};
  if (ar.trim()) description.ar = ar.trim();
  if (en.trim()) description.en = en.trim();
  return Object.keys(description).length ? description : undefined;
}
