import { useEffect, useRef, useState } from 'react';

/**
 * The value, one frame late: a change shows in a render after the frame that painted
 * the render which made it, so that frame does not also lay out and paint this one. For
 * a panel beside what the user acts on. Changes that come faster than frames show at
 * most one frame behind the last of them, never held back until they stop.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  const latest = useRef(value);
  const scheduled = useRef<{ frame: number; timer: ReturnType<typeof setTimeout> | undefined } | null>(null);

  useEffect(() => {
    latest.current = value;
    if (scheduled.current || Object.is(value, shown)) return;
    const pending: { frame: number; timer: ReturnType<typeof setTimeout> | undefined } = { frame: 0, timer: undefined };
    // rAF runs just before a frame's rendering; the timeout's task runs after it.
    pending.frame = requestAnimationFrame(() => {
      pending.timer = setTimeout(() => {
        scheduled.current = null;
        setShown(() => latest.current);
      });
    });
    scheduled.current = pending;
  }, [value]);

  useEffect(
    () => () => {
      const pending = scheduled.current;
      if (!pending) return;
      cancelAnimationFrame(pending.frame);
      if (pending.timer !== undefined) clearTimeout(pending.timer);
      scheduled.current = null;
    },
    [],
  );

  return shown;
}
