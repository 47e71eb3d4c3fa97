import { partitionPoint } from '../offsets/partitionPoint.ts';

export type WordKind = 'word' | 'number' | 'punct' | 'latin';

/** A token of the text; start and end are UTF-16 offsets, end exclusive. */
export interface WordToken {
  start: number;
  end: number;
  text: string;
  kind: WordKind;
}

/*
 * One alternative per kind, tried in order at each position; whatever matches
 * none of them (whitespace incl. NBSP, controls, bidi marks, lone joiners) only
 * separates tokens.
 * - number: Western, Arabic-Indic and Persian digits (all \p{Nd}); . , ٫ ٬ stay
 *   inside only between two digits, so a full stop after a number is punctuation.
 * - word: letters of any script but Latin, so Arabic with Latin glued to it
 *   gives two tokens. Tashkeel and other marks, tatweel (a letter) and ZWJ/ZWNJ
 *   stay in the word; leading marks or joiners join the word that follows.
 * - latin: the same for Latin letters ("UMT", "é").
 * - punct: one character per token, so « and » around a word are their own
 *   tokens; an emoji keeps its modifiers, variation selectors, tags and ZWJ
 *   continuations, and a regional-indicator pair (a flag) is one token.
 * No alternative can stop inside a surrogate pair: the pattern reads code points.
 * The groups are numbered in that order (1 number, 2 word, 3 latin, 4 punct): named
 * groups cost an object per match, and a document is tokenised as it opens.
 */
const TOKEN_PATTERN = new RegExp(
  [
    String.raw`(\p{Nd}+(?:[.,\u066B\u066C]\p{Nd}+)*\p{M}*)`,
    String.raw`([\p{M}\u200C\u200D]*(?:(?!\p{Script=Latin})\p{L}[\p{M}\u200C\u200D]*)+)`,
    String.raw`([\p{M}\u200C\u200D]*(?:\p{Script=Latin}[\p{M}\u200C\u200D]*)+)`,
    String.raw`((?:[\u{1F1E6}-\u{1F1FF}]{2}|[^\s\p{Cc}\p{Cf}\p{M}])(?:[\p{M}\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]|\u200D\p{Extended_Pictographic})*)`,
  ].join('|'),
  'gu',
);

/** Splits text into tokens in reading order; gaps between tokens are separators. */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  const pattern = new RegExp(TOKEN_PATTERN);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const kind: WordKind = match[2] !== undefined ? 'word' : match[1] !== undefined ? 'number' : match[3] !== undefined ? 'latin' : 'punct';
    tokens.push({ start: match.index, end: match.index + match[0].length, text: match[0], kind });
  }
  return tokens;
}

/** Index of the token containing `offset` (start <= offset < end), or -1. */
export function wordIndexAt(tokens: readonly WordToken[], offset: number): number {
  const index = partitionPoint(tokens, (token) => token.end <= offset);
  const token = tokens[index];
  return token !== undefined && token.start <= offset ? index : -1;
}

/** The token containing `offset` (start <= offset < end), if any. */
export function wordAt(tokens: readonly WordToken[], offset: number): WordToken | undefined {
  return tokens[wordIndexAt(tokens, offset)];
}
