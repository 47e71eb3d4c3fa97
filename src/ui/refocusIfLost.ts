/** Frames to wait for the render that follows a write: the control is disabled or removed then, not at once. */
const FRAMES = 3;

/** True when nothing has the focus but the page's body, where no screen's keys reach. */
export function focusIsLost(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}

/**
 * After an action that can take away the control that ran it (a button disabled by its own
 * effect, such as Undo with nothing left to undo, or a row or card removed), puts the focus
 * back with `refocus` if the browser has left it on <body>, where no screen's keys reach.
 * Focus the user has moved somewhere else meanwhile is left where it is.
 */
export function refocusIfLost(refocus: () => void, frames = FRAMES): void {
  requestAnimationFrame(() => {
    if (focusIsLost()) refocus();
    else if (frames > 1) refocusIfLost(refocus, frames - 1);
  });
}
