import type { CSSProperties } from 'react';
import type { LabelRef, ProjectSchema } from '../../core/schema/projectSchema.ts';
import { useLocale } from '../../ui/i18n/useT.ts';
import { HotkeyCapture } from './HotkeyCapture.tsx';

export function StanceLabelList(props: { schema: ProjectSchema; onHotkey(ref: LabelRef, code: string | null): void }) {
  const { t, locale } = useLocale();
  return (
    <ul className="stance-labels">
      {props.schema.stanceLabels.map((label) => (
        <li key={label.tag} className="card stance-label">
          <span className="swatch" style={{ '--label-color': label.color } as CSSProperties} aria-hidden="true" />
          <strong>{label.name[locale]}</strong>
          <code dir="ltr">{label.tag}</code>
          <HotkeyCapture
            label={t('schema.hotkeyOf', { name: label.name[locale] })}
            value={label.hotkey}
            schema={props.schema}
            self={{ section: 'stanceLabels', tag: label.tag }}
            onChange={(code) => props.onHotkey({ section: 'stanceLabels', tag: label.tag }, code)}
          />
        </li>
      ))}
    </ul>
  );
}
