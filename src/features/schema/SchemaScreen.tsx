import { useMemo, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import type { LabelRef } from '../../core/schema/projectSchema.ts';
import { removeEventType, setHotkey } from '../../core/schema/schemaEdits.ts';
import { useT } from '../../ui/i18n/useT.ts';
import { routeHref } from '../../ui/router.ts';
import { EntityLabelTable } from './EntityLabelTable.tsx';
import { EntityLabelDialog } from './EntityLabelDialog.tsx';
import { RemoveEntityLabelDialog } from './RemoveEntityLabelDialog.tsx';
import { AddEventTypeForm } from './AddEventTypeForm.tsx';
import { EventTypeList } from './EventTypeList.tsx';
import { EventRoleNamesDialog } from './EventRoleNamesDialog.tsx';
import { StanceLabelList } from './StanceLabelList.tsx';
import { StanceTargetList } from './StanceTargetList.tsx';
import { GuidelinesEditor } from './GuidelinesEditor.tsx';
import { SchemaErrorNotice } from './SchemaErrorNotice.tsx';
import { useProjectSchema } from '../../ui/data/useProjectSchema.ts';
import { useSchemaProject } from './api/useSchemaProject.ts';
import { useEditProjectSchema } from './api/useEditProjectSchema.ts';
import { useScreenShortcuts } from '../../ui/shortcuts/ShortcutProvider.tsx';
import './schema.css';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { useFocusOnArrival } from '../../ui/useFocusOnArrival.ts';
import { NotFound } from '../../ui/NotFound.tsx';

/** The project's label schema: entity labels, event types, stance labels and stance targets. */
export function SchemaScreen({ projectId }: { projectId: string }) {
  const t = useT();
  const project = useSchemaProject(projectId);
  useDocumentTitle(t('schema.heading'), project.data?.name);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(heading);
  const schema = useProjectSchema(projectId);
  const edit = useEditProjectSchema(projectId);
  // Tags, not labels: a dialog always works on the label as currently stored.
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [namingRoles, setNamingRoles] = useState<string | null>(null);
  useScreenShortcuts(
    useMemo(
      () => [
        {
          id: 'schema',
          title: t('shortcuts.group.schema'),
          note: t('shortcuts.schema.conflict'),
          shortcuts: [{ keys: ['Enter', 'Space'], description: t('shortcuts.schema.capture') }],
        },
      ],
      [t],
    ),
  );

  if (project.data === null) return <NotFound what="project" back={{ name: 'projects' }} />;
  if (schema.error) return <SchemaErrorNotice error={schema.error} />;
  if (!schema.data) return <p className="muted" role="status">{t('schema.loading')}</p>;
  const current = schema.data;
  const editedLabel = editing && editing !== 'new' ? current.entities.find((l) => l.tag === editing) : undefined;
  const removedLabel = removing ? current.entities.find((l) => l.tag === removing) : undefined;
  const namedEventType = namingRoles ? current.events.find((e) => e.type === namingRoles) : undefined;
  // Not disabled while saving: a disabled button drops keyboard focus, and each edit applies to the stored schema anyway.
  const onHotkey = (ref: LabelRef, code: string | null) => edit.mutate((s) => setHotkey(s, ref, code));

  return (
    <section className="schema-screen" aria-labelledby="schema-heading">
      <a href={routeHref({ name: 'project', projectId })} className="back-link">
        {t('schema.back')}
      </a>
      <div className="screen-head">
        <div>
          <h1 ref={heading} tabIndex={-1} id="schema-heading">{t('schema.heading')}</h1>
          <p className="muted">{project.data?.name ?? ''}</p>
        </div>
      </div>
      <SchemaErrorNotice error={edit.error} />

      <section className="schema-section" aria-labelledby="entities-heading">
        <div className="section-head">
          <h2 id="entities-heading">{t('schema.entities.heading')}</h2>
          <span className="muted" data-testid="entity-count">
            {t('schema.entities.count', { n: current.entities.length })}
          </span>
          <span className="spacer" />
          <Button className="button primary" onPress={() => setEditing('new')}>
            {t('schema.addLabel')}
          </Button>
        </div>
        <EntityLabelTable labels={current.entities} labelledBy="entities-heading" onEdit={setEditing} onRemove={setRemoving} />
      </section>

      <section className="schema-section" aria-labelledby="guidelines-heading">
        <h2 id="guidelines-heading">{t('guidelines.heading')}</h2>
        <p className="muted">{t('guidelines.hint')}</p>
        <GuidelinesEditor projectId={projectId} schema={current} />
      </section>

      <section className="schema-section" aria-labelledby="stance-heading">
        <h2 id="stance-heading">{t('schema.stance.heading')}</h2>
        <StanceLabelList projectId={projectId} schema={current} onHotkey={onHotkey} />
        <h3 id="targets-heading">{t('schema.targets.heading')}</h3>
        <p className="muted">{t('schema.targets.hint')}</p>
        <StanceTargetList projectId={projectId} schema={current} />
      </section>

      <section className="schema-section" aria-labelledby="events-heading">
        <h2 id="events-heading">{t('schema.events.heading')}</h2>
        <p className="muted">{t('schema.events.hint')}</p>
        <EventTypeList
          schema={current}
          onHotkey={onHotkey}
          onRemove={(type) => edit.mutate((s) => removeEventType(s, type))}
          onEditRoleNames={setNamingRoles}
        />
        <AddEventTypeForm projectId={projectId} schema={current} />
      </section>

      {editing === 'new' || editedLabel ? (
        <EntityLabelDialog
          key={editing}
          projectId={projectId}
          schema={current}
          label={editedLabel ?? null}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {namedEventType ? (
        <EventRoleNamesDialog key={namedEventType.type} projectId={projectId} eventType={namedEventType} onClose={() => setNamingRoles(null)} />
      ) : null}
      {removedLabel ? <RemoveEntityLabelDialog projectId={projectId} label={removedLabel} onClose={() => setRemoving(null)} /> : null}
    </section>
  );
}
