import type { ProjectSchema } from '../../core/schema/projectSchema.ts';
import { hotkeyLabel } from '../../core/schema/schemaEdits.ts';
import type { ShortcutGroup } from '../../ui/shortcuts/shortcutGroup.ts';
import type { MessageKey } from '../../ui/i18n/messagesEn.ts';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * What the `?` sheet lists on the annotation screen. Kept beside annotateKeys.ts, which
 * decides what the keys do, so the two are read (and changed) together.
 */
export function annotateShortcuts(t: Translate, schema: ProjectSchema, locale: 'en' | 'ar'): ShortcutGroup[] {
  const entityKeys = schema.entities.filter((label) => label.hotkey);
  const stanceKeys = schema.stanceLabels.filter((label) => label.hotkey);
  return [
    {
      id: 'move',
      title: t('shortcuts.group.move'),
      shortcuts: [
        { keys: ['←', '→'], description: t('shortcuts.annotate.move') },
        { keys: ['Shift+←', 'Shift+→'], description: t('shortcuts.annotate.extend') },
        { keys: ['Home', 'End'], description: t('shortcuts.annotate.edges') },
        { keys: ['Tab', 'Shift+Tab'], description: t('shortcuts.annotate.spans') },
        { keys: ['F6'], description: t('shortcuts.annotate.pane') },
        { keys: ['Esc'], description: t('shortcuts.annotate.escape') },
      ],
    },
    {
      id: 'edit',
      title: t('shortcuts.group.edit'),
      shortcuts: [
        { keys: [t('shortcuts.labelKey')], description: t('shortcuts.annotate.label') },
        { keys: ['Enter'], description: t('shortcuts.annotate.menu') },
        { keys: ['Delete', 'Backspace'], description: t('shortcuts.annotate.delete') },
        { keys: ['Shift+←', 'Shift+→'], description: t('shortcuts.annotate.resizeEnd') },
        { keys: ['Ctrl+Shift+←', 'Ctrl+Shift+→'], description: t('shortcuts.annotate.resizeStart') },
        { keys: ['V'], description: t('shortcuts.annotate.event') },
        { keys: ['Ctrl+Z'], description: t('shortcuts.annotate.undo') },
        { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], description: t('shortcuts.annotate.redo') },
        { keys: ['Alt'], description: t('shortcuts.annotate.precise') },
      ],
    },
    {
      id: 'document',
      title: t('shortcuts.group.document'),
      shortcuts: [
        { keys: ['Ctrl+Enter'], description: t('shortcuts.annotate.done') },
        { keys: ['Alt+↓'], description: t('shortcuts.annotate.next') },
        { keys: ['Alt+↑'], description: t('shortcuts.annotate.previous') },
        { keys: ['Alt+G'], description: t('shortcuts.annotate.guidelines') },
        { keys: ['Ctrl+F'], description: t('shortcuts.annotate.find') },
        { keys: ['Ctrl+G', 'Ctrl+Shift+G'], description: t('shortcuts.annotate.findNext') },
      ],
    },
    {
      id: 'labels',
      title: t('shortcuts.group.labels'),
      note: t('shortcuts.labelsNote'),
      shortcuts: entityKeys.map((label) => ({
        keys: [hotkeyLabel(label.hotkey!)],
        description: `${label.tag} · ${label.name[locale]}`,
        color: label.color,
      })),
    },
    ...(stanceKeys.length
      ? [
          {
            id: 'stance',
            title: t('shortcuts.group.stance'),
            note: t('shortcuts.stanceNote'),
            shortcuts: stanceKeys.map((label) => ({ keys: [hotkeyLabel(label.hotkey!)], description: label.name[locale], color: label.color })),
          },
        ]
      : []),
  ];
}
