import { useCallback, useMemo, useRef, useState } from 'react';
import type { TextRange } from '../../core/annotate/textRange.ts';
import { findInText, searchableText, type SearchableText } from '../../core/text/findInText.ts';

/** The last query, so that the next document (and Ctrl+G there) searches for it again, as a browser's find does. */
let lastQuery = '';

const NONE: readonly TextRange[] = [];

interface FindState {
  open: boolean;
  query: string;
  matches: readonly TextRange[];
  /** The match the caret was last put on, or −1. */
  index: number;
}

/**
 * Forward, the first match starting at or after `from` (past it when `strictly`),
 * wrapping round to the first; backward, the last starting before it.
 */
function nearest(matches: readonly TextRange[], from: number, direction: 1 | -1, strictly = false): number {
  if (matches.length === 0) return -1;
  if (direction === 1) {
    const after = matches.findIndex((match) => (strictly ? match.start > from : match.start >= from));
    return after >= 0 ? after : 0;
  }
  for (let i = matches.length - 1; i >= 0; i--) if ((matches[i] as TextRange).start < from) return i;
  return matches.length - 1;
}

/**
 * Find in the document: the view renders only the paragraphs on screen, so the
 * browser's own find cannot see the rest. The text is folded for search once, when
 * first searched; each function returns the match to put the caret on, or null.
 */
export function useFindInDocument(text: string) {
  const [state, setState] = useState<FindState>({ open: false, query: lastQuery, matches: NONE, index: -1 });
  const searchable = useRef<SearchableText | null>(null);
  const matchesOf = useCallback(
    (query: string) => (query.trim() === '' ? NONE : findInText((searchable.current ??= searchableText(text)), query)),
    [text],
  );

  const search = useCallback(
    (query: string, from: number): TextRange | null => {
      lastQuery = query;
      const matches = matchesOf(query);
      const index = nearest(matches, from, 1);
      setState((previous) => ({ ...previous, query, matches, index }));
      return matches[index] ?? null;
    },
    [matchesOf],
  );

  /** The next (1) or previous (−1) match: from the current one when the caret is on it, else from where the caret starts. */
  const step = useCallback(
    (direction: 1 | -1, caret: TextRange): TextRange | null => {
      const matches = state.matches.length > 0 || state.query === '' ? state.matches : matchesOf(state.query);
      const current = matches[state.index];
      const onCurrent = current !== undefined && current.start === caret.start && current.end === caret.end;
      const index = onCurrent
        ? (state.index + direction + matches.length) % matches.length
        : nearest(matches, caret.start, direction, true);
      setState((previous) => ({ ...previous, matches, index }));
      return matches[index] ?? null;
    },
    [state, matchesOf],
  );

  /** Opens the bar; a query kept from before is searched again from `from`. */
  const openBar = useCallback(
    (from: number): TextRange | null => {
      setState((previous) => ({ ...previous, open: true }));
      return state.query === '' ? null : search(state.query, from);
    },
    [state.query, search],
  );
  const closeBar = useCallback(() => setState((previous) => ({ ...previous, open: false })), []);

  return useMemo(
    () => ({ ...state, current: state.matches[state.index] ?? null, search, step, openBar, closeBar }),
    [state, search, step, openBar, closeBar],
  );
}
