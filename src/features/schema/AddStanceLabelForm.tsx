import { useId, useState, type FormEvent, type Ref } from 'react';
import { Button, Form, Input, Label, Text, TextField } from 'react-aria-components';
import type { LocalName, ProjectSchema } from '../../core/schema/projectSchema.ts';
import { addStanceLabel, stanceLabelFromFields } from '../../core/schema/schemaEdits.ts';
import { newStanceLabelColor } from '../../core/schema/newStanceLabelColor.ts';
import { itemProblems } from '../../core/schema/nameClashes.ts';
import { useT } from '../../ui/i18n/useT.ts';
import { fieldProblems } from './fieldProblems.ts';
import { LocalNameFields } from './LocalNameFields.tsx';
import { SchemaErrorNotice } from './SchemaErrorNotice.tsx';
import { useEditProjectSchema } from './api/useEditProjectSchema.ts';

/**
 * Adds a stance label (e.g. ANS's agree / disagree / other): tag, names and colour. It starts
 * without a hotkey; its row in the list takes one.
 */
export function AddStanceLabelForm(props: { projectId: string; schema: ProjectSchema; tagInput: Ref<HTMLInputElement> }) {
  const t = useT();
  const edit = useEditProjectSchema(props.projectId);
  const [tag, setTag] = useState('');
  const [name, setName] = useState<LocalName>({ ar: '', en: '' });
  // Null until the user picks one: the suggestion follows the labels, so the next one differs after an add.
  const [pickedColor, setPickedColor] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const colorId = useId();
  const color = pickedColor ?? newStanceLabelColor(props.schema.stanceLabels);
  const candidate = stanceLabelFromFields(tag, name, color);
  const index = props.schema.stanceLabels.length;
  const problems = tried ? fieldProblems(itemProblems(addStanceLabel(props.schema, candidate), 'stanceLabels', index), `stanceLabels[${index}]`) : {};
  const problemText = (field: string) => {
    const kind = problems[field];
    return kind ? t(`schema.problem.${kind}`) : null;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // A second press while saving would add the label twice; the button stays enabled so it keeps focus.
    if (edit.isPending) return;
    setTried(true);
    if (itemProblems(addStanceLabel(props.schema, candidate), 'stanceLabels', index).length > 0) return;
    edit.mutate((schema) => addStanceLabel(schema, candidate), {
      onSuccess: () => {
        setTag('');
        setName({ ar: '', en: '' });
        setPickedColor(null);
        setTried(false);
      },
    });
  };

  return (
    <Form onSubmit={submit} className="stance-label-form card" validationBehavior="aria" aria-labelledby="add-stance-label-heading">
      <h3 id="add-stance-label-heading">{t('schema.stance.addHeading')}</h3>
      <TextField className="field" value={tag} onChange={setTag} isInvalid={!!problemText('tag')}>
        <Label>{t('schema.field.tag')}</Label>
        <Input dir="ltr" placeholder="disagree" spellCheck={false} autoComplete="off" ref={props.tagInput} />
        <Text slot="description">{t('schema.field.tagHint')}</Text>
        {problemText('tag') ? <Text slot="errorMessage">{problemText('tag')}</Text> : null}
      </TextField>
      <LocalNameFields name={name} onChange={setName} problems={{ ar: problemText('name.ar'), en: problemText('name.en') }} />
      <div className="field">
        <label className="label" htmlFor={colorId}>{t('schema.field.color')}</label>
        <span className="color-field">
          <input id={colorId} type="color" value={color} onChange={(e) => setPickedColor(e.target.value)} />
        </span>
        {problemText('color') ? <span className="field-error">{problemText('color')}</span> : null}
      </div>
      <Button type="submit" className="button">
        {t('schema.stance.add')}
      </Button>
      <SchemaErrorNotice error={edit.error} />
    </Form>
  );
}
