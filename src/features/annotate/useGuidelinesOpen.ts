import { useCallback, useState } from 'react';

const STORAGE_KEY = 'tawsim.guidelines.open';

/** Whether the guidelines panel is open; remembered in this browser so it stays as the annotator left it from document to document. */
export function useGuidelinesOpen(): [boolean, (open: boolean) => void] {
  const [open, setOpenState] = useState(() => globalThis.localStorage?.getItem(STORAGE_KEY) === '1');
  const setOpen = useCallback((next: boolean) => {
    setOpenState(next);
    globalThis.localStorage?.setItem(STORAGE_KEY, next ? '1' : '0');
  }, []);
  return [open, setOpen];
}
