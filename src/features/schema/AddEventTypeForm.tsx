import { useState, type FormEvent } from 'react';
import { Button, Form, Input, Label, Text, TextField } from 'react-aria-components';
import type { LocalName, ProjectSchema } from '../../core/schema/projectSchema.ts';
import { addEventType, eventTypeFromFields } from '../../core/schema/schemaEdits.ts';
import { roleIdsFromField } from '../../core/schema/eventRoleNames.ts';
import { itemProblems } from '../../core/schema/nameClashes.ts';
import { useT } from '../../ui/i18n/useT.ts';
import { fieldProblems } from './fieldProblems.ts';
import { LocalNameFields } from './LocalNameFields.tsx';
import { SchemaErrorNotice } from './SchemaErrorNotice.tsx';
import { RoleNameFields } from './RoleNameFields.tsx';
import { useEditProjectSchema } from './api/useEditProjectSchema.ts';

/** Adds an event type of the project's own (e.g. Conflict:Protest) with the roles its arguments may take, each optionally named in both languages. */
export function AddEventTypeForm(props: { projectId: string; schema: ProjectSchema }) {
  const t = useT();
  const edit = useEditProjectSchema(props.projectId);
  const [type, setType] = useState('');
  const [name, setName] = useState<LocalName>({ ar: '', en: '' });
  const [roles, setRoles] = useState('');
  // Keyed by role id, so names survive while the roles field is retyped around them.
  const [roleNames, setRoleNames] = useState<Record<string, LocalName>>({});
  const [tried, setTried] = useState(false);
  const candidate = eventTypeFromFields(type, name, roles, roleNames);
  const roleIds = [...new Set(roleIdsFromField(roles))];
  const index = props.schema.events.length;
  const problems = tried ? fieldProblems(itemProblems(addEventType(props.schema, candidate), 'events', index), `events[${index}]`) : {};
  const rolesProblem = tried ? Object.entries(problems).find(([field]) => field.startsWith('roles'))?.[1] : undefined;
  const problemText = (kind: string | undefined) => (kind ? t(`schema.problem.${kind}` as Parameters<typeof t>[0]) : null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (itemProblems(addEventType(props.schema, candidate), 'events', index).length > 0) return;
    edit.mutate((schema) => addEventType(schema, candidate), {
      onSuccess: () => {
        setType('');
        setName({ ar: '', en: '' });
        setRoles('');
        setRoleNames({});
        setTried(false);
      },
    });
  };

  return (
    <Form onSubmit={submit} className="event-type-form card" validationBehavior="aria" aria-labelledby="add-event-type-heading">
      <h3 id="add-event-type-heading">{t('schema.events.addHeading')}</h3>
      <TextField className="field" value={type} onChange={setType} isInvalid={!!problems.type}>
        <Label>{t('schema.events.type')}</Label>
        <Input dir="ltr" placeholder="Conflict:Protest" />
        {problems.type ? <Text slot="errorMessage">{problemText(problems.type)}</Text> : null}
      </TextField>
      <LocalNameFields
        name={name}
        onChange={setName}
        problems={{ ar: problemText(problems['name.ar']), en: problemText(problems['name.en']) }}
      />
      <TextField className="field" value={roles} onChange={setRoles} isInvalid={!!rolesProblem}>
        <Label>{t('schema.events.rolesField')}</Label>
        <Input dir="ltr" placeholder="Agent, Place" />
        <Text slot="description">{t('schema.events.rolesHint')}</Text>
        {rolesProblem ? <Text slot="errorMessage">{problemText(rolesProblem)}</Text> : null}
      </TextField>
      {roleIds.length > 0 ? (
        <section className="role-names-section" aria-labelledby="add-event-role-names-heading">
          <h4 id="add-event-role-names-heading">{t('schema.events.roleNames')}</h4>
          <p className="muted small">{t('schema.events.roleNamesHint')}</p>
          <RoleNameFields roles={roleIds} names={roleNames} onChange={(role, names) => setRoleNames((all) => ({ ...all, [role]: names }))} />
        </section>
      ) : null}
      <Button type="submit" className="button">
        {t('schema.events.add')}
      </Button>
      <SchemaErrorNotice error={edit.error} />
    </Form>
  );
}
