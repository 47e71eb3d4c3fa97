import type { TextRange } from '../../core/annotate/textRange.ts';
import type { EntitySpan } from '../../core/model/annotation.ts';

/**
 * The most matches Tag all tags in one go: each add is checked against every span, so
 * thousands at once would hold the page for seconds, and so many mean a query too short.
 */
export const MAX_TAG_ALL = 1000;

/** The matches Tag all would tag with `tag` (those not tagged so yet), or how many there are when too many. */
export function untaggedMatches(
  matches: readonly TextRange[],
  spans: readonly EntitySpan[],
  tag: string,
): { ok: true; matches: TextRange[] } | { ok: false; count: number } {
  const tagged = new Set(spans.filter((span) => span.label === tag).map((span) => `${span.start}:${span.end}`));
  const untagged = matches.filter((match) => !tagged.has(`${match.start}:${match.end}`));
  return untagged.length > MAX_TAG_ALL ? { ok: false, count: untagged.length } : { ok: true, matches: untagged };
}
