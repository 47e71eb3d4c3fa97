import { useState } from 'react';
import { Button, Label, Text, TextArea, TextField } from 'react-aria-components';
import type { ProjectSchema } from '../../core/schema/projectSchema.ts';
import { useT } from '../../ui/i18n/useT.ts';
import { Markdown } from '../../ui/markdown/Markdown.tsx';
import { SchemaErrorNotice } from './SchemaErrorNotice.tsx';
import { useEditProjectSchema } from './api/useEditProjectSchema.ts';

/** The project's annotation guidelines: Markdown written here, with a preview as annotators will see it. */
export function GuidelinesEditor(props: { projectId: string; schema: ProjectSchema }) {
  const t = useT();
  const stored = props.schema.guidelines ?? '';
  const [draft, setDraft] = useState(stored);
  const edit = useEditProjectSchema(props.projectId);
  const changed = draft !== stored;
  const save = () =>
    edit.mutate((schema) => {
      const { guidelines: _old, ...rest } = schema;
      return draft.trim() ? { ...rest, guidelines: draft } : rest;
    });
  return (
    <div className="guidelines-editor">
      <TextField className="field" value={draft} onChange={setDraft}>
        <Label>{t('guidelines.field')}</Label>
        <TextArea className="guidelines-input" rows={10} dir="auto" />
        <Text slot="description">{t('guidelines.fieldHint')}</Text>
      </TextField>
      <div className="guidelines-actions">
        <Button className="button primary" isDisabled={!changed} onPress={save}>
          {t('guidelines.save')}
        </Button>
        <span className="muted" role="status">
          {edit.isPending ? t('guidelines.saving') : edit.isSuccess && !changed ? t('guidelines.saved') : ''}
        </span>
      </div>
      <SchemaErrorNotice error={edit.error} />
      <section className="guidelines-preview card" aria-labelledby="guidelines-preview-heading">
        <h3 id="guidelines-preview-heading">{t('guidelines.preview')}</h3>
        {draft.trim() ? <Markdown source={draft} /> : <p className="muted">{t('guidelines.empty')}</p>}
      </section>
    </div>
  );
}
