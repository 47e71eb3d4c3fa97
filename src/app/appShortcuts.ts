import type { ShortcutGroup } from '../ui/shortcuts/shortcutGroup.ts';
import type { MessageKey } from '../ui/i18n/messagesEn.ts';

/** Keys that work on every screen, listed at the end of the `?` sheet. */
export function appShortcuts(t: (key: MessageKey) => string): ShortcutGroup[] {
  return [
    {
      id: 'everywhere',
      title: t('shortcuts.group.everywhere'),
      shortcuts: [
        { keys: ['?'], description: t('shortcuts.everywhere.help') },
        { keys: ['Esc'], description: t('shortcuts.everywhere.close') },
        { keys: ['Tab', 'Shift+Tab'], description: t('shortcuts.everywhere.tab') },
        { keys: ['Enter', 'Space'], description: t('shortcuts.everywhere.press') },
      ],
    },
  ];
}
