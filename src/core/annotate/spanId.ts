const NUMBERED_ID = /^e(\d{1,15})$/;

/**
 * A short id ("e1", "e2", …) not in `existingIds`: one past the highest number in
 * use, so ids are not reused while the span that had one still exists. Pass the
 * ids referenced elsewhere too (events, stance, history) to avoid reusing those.
 */
export function newSpanId(existingIds: Iterable<string>): string {
  const ids = Array.isArray(existingIds) ? (existingIds as readonly string[]) : [...existingIds];
  let highest = 0;
  for (const id of ids) {
    const match = NUMBERED_ID.exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  let candidate = highest + 1;
  // Past 15 digits the pattern above no longer matches, so only there can a taken id come up
  // (a set of thousands of ids is not built for nothing on every new span).
  if (String(candidate).length > 15) {
    const taken = new Set(ids);
    while (taken.has(`e${candidate}`)) candidate++;
  }
  return `e${candidate}`;
}
