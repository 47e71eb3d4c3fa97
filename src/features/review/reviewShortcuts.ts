import type { ShortcutGroup } from '../../ui/shortcuts/shortcutGroup.ts';
import type { MessageKey } from '../../ui/i18n/messagesEn.ts';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** What the `?` sheet lists on a document's review: the keys ReviewDocumentScreen handles. */
export function reviewShortcuts(t: Translate): ShortcutGroup[] {
  return [
    {
      id: 'review',
      title: t('shortcuts.group.review'),
      shortcuts: [
        { keys: ['↑', '↓', 'J', 'K'], description: t('shortcuts.review.move') },
        { keys: ['A'], description: t('shortcuts.review.accept') },
        { keys: ['1–9'], description: t('shortcuts.review.acceptVersion') },
        { keys: ['R'], description: t('shortcuts.review.remove') },
        { keys: ['Shift+A'], description: t('shortcuts.review.acceptAgreed') },
        { keys: ['Ctrl+Enter'], description: t('shortcuts.review.done') },
        { keys: ['Alt+↓', 'Alt+↑'], description: t('shortcuts.review.documents') },
        { keys: ['Alt+Shift+←', 'Alt+Shift+→'], description: t('shortcuts.review.goldResizeEnd') },
        { keys: ['Ctrl+Shift+←', 'Ctrl+Shift+→'], description: t('shortcuts.review.goldResizeStart') },
      ],
    },
  ];
}
