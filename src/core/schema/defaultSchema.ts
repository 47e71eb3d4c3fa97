import type { ProjectSchema } from './projectSchema.ts';
import { DEFAULT_ENTITY_LABELS } from './defaultEntityLabels.ts';
import { defaultEventTypes } from './defaultEventTypes.ts';
import { DEFAULT_STANCE_LABELS } from './defaultStanceLabels.ts';

/** The schema of a project nobody has edited; a fresh copy each call, so callers may edit it. */
export function defaultSchema(): ProjectSchema {
  return {
    entities: DEFAULT_ENTITY_LABELS.map((label) => ({ ...label, name: { ...label.name } })),
    events: defaultEventTypes(),
    stanceLabels: DEFAULT_STANCE_LABELS.map((label) => ({ ...label, name: { ...label.name } })),
    stanceTargets: [],
  };
}
