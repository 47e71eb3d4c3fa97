import type { LabelRef, ProjectSchema } from '../../core/schema/projectSchema.ts';
import type { Locale } from '../../ui/i18n/locale.ts';

/** "Geopolitical entity (GPE)": a label's name in the interface language, with its tag for certainty. */
export function labelName(schema: ProjectSchema, ref: LabelRef, locale: Locale): string {
  const label =
    ref.section === 'entities'
      ? schema.entities.find((l) => l.tag === ref.tag)
      : ref.section === 'events'
        ? schema.events.find((e) => e.type === ref.tag)
        : schema.stanceLabels.find((l) => l.tag === ref.tag);
  return label ? `${label.name[locale]} (${ref.tag})` : ref.tag;
}
