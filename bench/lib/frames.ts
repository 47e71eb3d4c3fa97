/**
 * Frame and task helpers for metrics that time until something is on screen.
 *
 * "Painted" in these metrics means: the change is in the DOM and registered (for the
 * app: its CSS highlights), then one requestAnimationFrame and one more. The first
 * callback runs at the start of the next frame, before that frame's style, layout and
 * paint; the second runs at the start of the frame after, so by then the frame holding
 * the change has been produced. The wait for the display's vsync is part of that: in
 * this headless Chromium frames come every ~16.7 ms, so rAF + rAF is never less than one
 * frame and is about two when started right after a frame (see `alignToFrame`).
 */

export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

/** rAF + rAF: resolves once the frame after the current task has been produced. */
export async function twoFrames(): Promise<void> {
  await nextFrame();
  await nextFrame();
}

/** Resolves in a new task (a MessageChannel message: no 4 ms clamping as with setTimeout). */
export function nextTask(): Promise<void> {
  const channel = new MessageChannel();
  return new Promise((resolve) => {
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Resolves just after a frame has been produced (rAF, then a task queued from it runs
 * after that frame's rendering steps). Both sides of a metric start their timing here,
 * so each starts at the same point of the frame cycle and the vsync wait is alike.
 */
export async function alignToFrame(): Promise<void> {
  await nextFrame();
  await nextTask();
}

/**
 * Polls `check` once per task until it returns something other than null, undefined or
 * false, and returns that. Each check must be cheap: it runs between the app's own tasks.
 */
export async function waitFor<T>(check: () => T | null | undefined | false, what: string, timeoutMs = 60_000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value !== null && value !== undefined && value !== false) return value;
    if (performance.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await nextTask();
  }
}
