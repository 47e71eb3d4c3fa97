/** The number in an id "e1" … "e" and 15 digits, else 0. Run on every id at each new span: no regex. */
export function idNumber(id: string): number {
  if (id.length < 2 || id.length > 16 || id.charCodeAt(0) !== 101) return 0;
  let number = 0;
  for (let i = 1; i < id.length; i++) {
    const digit = id.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return 0;
    number = number * 10 + digit;
  }
  return number;
}

/**
 * A short id ("e1", "e2", …) not in `existingIds`: one past the highest number in
 * use, so ids are not reused while the span that had one still exists. Pass the
 * ids referenced elsewhere too (events, stance, history) to avoid reusing those.
 */
export function newSpanId(existingIds: Iterable<string>): string {
  const ids = Array.isArray(existingIds) ? (existingIds as readonly string[]) : [...existingIds];
  let highest = 0;
  for (const id of ids) highest = Math.max(highest, idNumber(id));
  let candidate = highest + 1;
  // Past 15 digits idNumber no longer reads the number, so only there can a taken id come up
  // (a set of thousands of ids is not built for nothing on every new span).
  if (!isReadableIdNumber(candidate)) {
    const taken = new Set(ids);
    while (taken.has(`e${candidate}`)) candidate++;
  }
  return `e${candidate}`;
}

/** Whether idNumber reads the id e<n> back as n. */
export function isReadableIdNumber(n: number): boolean {
  return String(n).length <= 15;
}
