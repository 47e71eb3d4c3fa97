import { useRef, useState, type FormEvent } from 'react';
import { Button, Form, Input, Label, Text, TextField } from 'react-aria-components';
import type { ProjectSchema } from '../../core/schema/projectSchema.ts';
import { validateSchema } from '../../core/schema/validateSchema.ts';
import { addStanceTarget, removeStanceTarget } from '../../core/schema/schemaEdits.ts';
import { useT } from '../../ui/i18n/useT.ts';
import { SchemaErrorNotice } from './SchemaErrorNotice.tsx';
import { useEditProjectSchema } from './api/useEditProjectSchema.ts';

/** The project's free-text stance targets, which the stance panel offers to annotators. */
export function StanceTargetList(props: { projectId: string; schema: ProjectSchema }) {
  const t = useT();
  const [draft, setDraft] = useState('');
  const [tried, setTried] = useState(false);
  const edit = useEditProjectSchema(props.projectId);
  const input = useRef<HTMLInputElement>(null);
  const targets = props.schema.stanceTargets;
  const problem = tried
    ? validateSchema(addStanceTarget(props.schema, draft)).find((p) => p.path === `stanceTargets[${targets.length}]`)
    : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const candidate = addStanceTarget(props.schema, draft);
    if (validateSchema(candidate).length > 0) return;
    edit.mutate((schema) => addStanceTarget(schema, draft), {
      onSuccess: () => {
        setDraft('');
        setTried(false);
      },
    });
  };

  return (
    <div className="stance-targets">
      {targets.length === 0 ? <p className="muted">{t('schema.targets.empty')}</p> : null}
      <ul className="target-list">
        {targets.map((target) => (
          <li key={target} className="target-item">
            <bdi>{target}</bdi>
            <Button
              className="button target-remove"
              aria-label={t('schema.targets.remove', { target })}
              onPress={() => {
                // The button goes with its target; keep keyboard focus in the list's form rather than losing it.
                input.current?.focus();
                edit.mutate((schema) => removeStanceTarget(schema, target));
              }}
            >
              {t('schema.remove')}
            </Button>
          </li>
        ))}
      </ul>
      <Form onSubmit={submit} className="inline-form" validationBehavior="aria">
        <TextField className="field" value={draft} onChange={setDraft} isInvalid={!!problem}>
          <Label>{t('schema.targets.field')}</Label>
          <Input dir="auto" ref={input} />
          {problem ? <Text slot="errorMessage">{t(`schema.problem.${problem.kind}`)}</Text> : null}
        </TextField>
        <Button type="submit" className="button" isDisabled={edit.isPending}>
          {t('schema.targets.add')}
        </Button>
      </Form>
      <SchemaErrorNotice error={edit.error} />
    </div>
  );
}
