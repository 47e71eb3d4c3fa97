import type { FoundLabels } from '../../../core/schema/importedLabels.ts';
import { isolated } from '../../../ui/i18n/isolated.ts';
import type { LocaleContextValue } from '../../../ui/i18n/LocaleProvider.tsx';

/** Tags as they are written in the files, isolated so each keeps its place in a sentence of either direction. */
export function tagList(t: LocaleContextValue['t'], list: readonly string[]): string {
  return list.map(isolated).join(t('import.labels.comma'));
}

/** "entity labels A, B; stance labels agree; event types ASSAULT" in the interface's language, the groups the labels have. */
export function foundLabelsText(t: LocaleContextValue['t'], found: FoundLabels): string {
  return [
    ...(found.entities.length > 0 ? [t('import.labels.entities', { n: found.entities.length, tags: tagList(t, found.entities) })] : []),
    ...(found.stance.length > 0 ? [t('import.labels.stance', { n: found.stance.length, tags: tagList(t, found.stance) })] : []),
    ...(found.events.length > 0 ? [t('import.labels.events', { n: found.events.length, tags: tagList(t, found.events.map((event) => event.type)) })] : []),
  ].join(t('import.labels.separator'));
}
