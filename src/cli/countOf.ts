/** "1 file", "3 files": a count and its noun (plural with -s), agreeing, for the commands' one-line summaries. */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
