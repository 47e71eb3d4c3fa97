const NUMBERED_ID = /^e(\d{1,15})$/;

/**
 * A short id ("e1", "e2", …) not in `existingIds`: one past the highest number in
 * use, so ids are not reused while the span that had one still exists. Pass the
 * ids referenced elsewhere too (events, stance, history) to avoid reusing those.
 */
export function newSpanId(existingIds: Iterable<string>): string {
  const taken = new Set(existingIds);
  let highest = 0;
  for (const id of taken) {
    const match = NUMBERED_ID.exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  let candidate = highest + 1;
  // Only odd ids such as a 16-digit "e…" can still collide.
  while (taken.has(`e${candidate}`)) candidate++;
  return `e${candidate}`;
}
