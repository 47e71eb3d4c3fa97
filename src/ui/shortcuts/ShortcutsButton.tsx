import { Button } from 'react-aria-components';
import { useT } from '../i18n/useT.ts';
import { useOpenShortcutSheet } from './ShortcutProvider.tsx';

/** Opens the shortcut sheet for those who have not learnt `?` yet; the button says the key. */
export function ShortcutsButton() {
  const t = useT();
  const open = useOpenShortcutSheet();
  return (
    <Button className="button header-button" onPress={open} aria-keyshortcuts="Shift+?">
      {t('shortcuts.button')} <kbd>?</kbd>
    </Button>
  );
}
