import { useEffect, type RefObject } from 'react';
import { focusIsLost } from './refocusIfLost.ts';
import { hasNavigated } from './router.ts';

/**
 * Moves the focus to the screen's heading when the user arrives from another screen, as
 * the browser would on loading a page: the hash changed, the old screen went, and the
 * focus was left on <body>, where a screen reader says nothing of the new screen and Tab
 * starts over from the header. Not on the page's first screen (the skip link comes first
 * there), nor when something else has taken the focus.
 */
export function useFocusOnArrival(heading: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (hasNavigated() && focusIsLost()) heading.current?.focus({ preventScroll: true });
  }, [heading]);
}
