import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ShortcutGroup } from './shortcutGroup.ts';
import { isHelpKey, isTextEntry } from './isHelpKey.ts';
import { ShortcutSheet } from './ShortcutSheet.tsx';

interface ShortcutContextValue {
  /** Screens publish their keys here; the sheet shows the latest ones. */
  setScreenGroups(groups: readonly ShortcutGroup[] | null): void;
  open(): void;
}

const ShortcutContext = createContext<ShortcutContextValue | null>(null);

/**
 * Owns the `?` sheet for the whole app: one window listener, so every screen gets it, and
 * the groups of whichever screen is showing plus the app-wide ones passed as `globalGroups`.
 */
export function ShortcutProvider(props: { globalGroups: readonly ShortcutGroup[]; children: ReactNode }) {
  const [screenGroups, setScreenGroups] = useState<readonly ShortcutGroup[] | null>(null);
  const [isOpen, setOpen] = useState(false);
  const open = useCallback(() => setOpen(true), []);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isHelpKey(event) || isTextEntry(event.target)) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  const value = useMemo(() => ({ setScreenGroups, open }), [open]);
  return (
    <ShortcutContext.Provider value={value}>
      {props.children}
      {isOpen ? <ShortcutSheet groups={[...(screenGroups ?? []), ...props.globalGroups]} onClose={() => setOpen(false)} /> : null}
    </ShortcutContext.Provider>
  );
}

/** Publishes a screen's keys to the sheet while the screen is shown. Pass a memoised array. */
export function useScreenShortcuts(groups: readonly ShortcutGroup[]): void {
  const context = useContext(ShortcutContext);
  const setScreenGroups = context?.setScreenGroups;
  useEffect(() => {
    if (!setScreenGroups) return;
    setScreenGroups(groups);
    return () => setScreenGroups(null);
  }, [setScreenGroups, groups]);
}

/** Opens the sheet from a button, for people who do not know the key yet. */
export function useOpenShortcutSheet(): () => void {
  const context = useContext(ShortcutContext);
  return context?.open ?? (() => undefined);
}
