import { useRef, type CSSProperties } from 'react';
import { Button } from 'react-aria-components';
import type { LabelRef, ProjectSchema } from '../../core/schema/projectSchema.ts';
import { removeStanceLabel } from '../../core/schema/schemaEdits.ts';
import { useLocale } from '../../ui/i18n/useT.ts';
import { AddStanceLabelForm } from './AddStanceLabelForm.tsx';
import { HotkeyCapture } from './HotkeyCapture.tsx';
import { SchemaErrorNotice } from './SchemaErrorNotice.tsx';
import { useEditProjectSchema } from './api/useEditProjectSchema.ts';

/** The stance labels annotators choose from, each with its hotkey and a remove button, and the form that adds one. */
export function StanceLabelList(props: { projectId: string; schema: ProjectSchema; onHotkey(ref: LabelRef, code: string | null): void }) {
  const { t, locale } = useLocale();
  const edit = useEditProjectSchema(props.projectId);
  const tagInput = useRef<HTMLInputElement>(null);
  return (
    <>
      <ul className="stance-labels">
        {props.schema.stanceLabels.map((label) => (
          <li key={label.tag} className="card stance-label">
            <span className="stance-label-title">
              <span className="swatch" style={{ '--label-color': label.color } as CSSProperties} aria-hidden="true" />
              <strong>{label.name[locale]}</strong>
              <code dir="ltr">{label.tag}</code>
            </span>
            <span className="stance-label-actions">
              <HotkeyCapture
                label={t('schema.hotkeyOf', { name: label.name[locale] })}
                value={label.hotkey}
                schema={props.schema}
                self={{ section: 'stanceLabels', tag: label.tag }}
                onChange={(code) => props.onHotkey({ section: 'stanceLabels', tag: label.tag }, code)}
              />
              <Button
                className="button stance-label-remove"
                aria-label={t('schema.stance.remove', { name: label.name[locale], tag: label.tag })}
                onPress={() => {
                  // The button goes with its row; the add form's tag field keeps keyboard focus in the section.
                  tagInput.current?.focus();
                  edit.mutate((schema) => removeStanceLabel(schema, label.tag));
                }}
              >
                {t('schema.remove')}
              </Button>
            </span>
          </li>
        ))}
      </ul>
      <SchemaErrorNotice error={edit.error} />
      <p className="muted">{t('schema.stance.hint')}</p>
      <AddStanceLabelForm projectId={props.projectId} schema={props.schema} tagInput={tagInput} />
    </>
  );
}
