/** "1 file", "3 files": a count and its noun, agreeing, for the commands' one-line summaries. */
export function countOf(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
