import type { ShortcutGroup } from '../../ui/shortcuts/shortcutGroup.ts';
import type { MessageKey } from '../../ui/i18n/messagesEn.ts';

type Translate = (key: MessageKey) => string;

/** The keys DocumentList.tsx handles, for the `?` sheet. */
export function libraryShortcuts(t: Translate): ShortcutGroup[] {
  return [
    {
      id: 'library',
      title: t('shortcuts.group.library'),
      shortcuts: [
        { keys: ['↑', '↓'], description: t('shortcuts.library.rows') },
        { keys: ['PageUp', 'PageDown'], description: t('shortcuts.library.pages') },
        { keys: ['Home', 'End'], description: t('shortcuts.library.ends') },
        { keys: ['Enter'], description: t('shortcuts.library.open') },
      ],
    },
  ];
}

/** The projects screen is links and a form: the browser's own keys. */
export function projectsShortcuts(t: Translate): ShortcutGroup[] {
  return [
    {
      id: 'projects',
      title: t('shortcuts.group.projects'),
      shortcuts: [
        { keys: ['Tab', 'Shift+Tab'], description: t('shortcuts.projects.tab') },
        { keys: ['Enter'], description: t('shortcuts.projects.open') },
      ],
    },
  ];
}
