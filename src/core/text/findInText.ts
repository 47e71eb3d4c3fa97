import type { TextRange } from '../annotate/textRange.ts';
import { foldChar, isIgnoredInSearch } from './arabicSearchKey.ts';

/**
 * A text as find-in-document compares it, with the way back: key[k] came from
 * text[from[k], to[k]). Built once per text; each query is then an indexOf.
 */
export interface SearchableText {
  text: string;
  key: string;
  from: Int32Array;
  to: Int32Array;
}

const MARK = /^\p{M}$/u;
const SPACE = /^\s$/u;

/**
 * What one code point becomes in the key: tashkeel, tatweel, zero-width and bidi
 * controls vanish; letters fold as the document list's search folds them (أ إ آ ٱ
 * to ا, ى ئ to ي, ة to ه, ؤ to و, Arabic-Indic digits to ASCII); compatibility forms
 * (presentation forms, ligatures) and accents decompose (NFKD) and lose their marks;
 * case is ignored. Whitespace is handled by the caller.
 */
function keyOfCodePoint(c: string): string {
  const code = c.charCodeAt(0);
  // Most of a news text: ASCII and the Arabic letters, which NFKD leaves alone but for آ أ ؤ إ ئ (folded anyway).
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : c;
  if (code >= 0x0621 && code <= 0x063a) return foldChar(c);
  if (code >= 0x0641 && code <= 0x064a) return foldChar(c);
  if (isIgnoredInSearch(c)) return '';
  let out = '';
  for (const part of c.normalize('NFKD')) {
    if (MARK.test(part) || isIgnoredInSearch(part)) continue;
    out += foldChar(part).toLowerCase();
  }
  return out;
}

export function searchableText(text: string): SearchableText {
  let key = '';
  const from: number[] = [];
  const to: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && (text.codePointAt(i) as number) > 0xffff ? 2 : 1;
    const c = width === 1 ? (text[i] as string) : text.slice(i, i + 2);
    if (code === 0x20 || (code < 0x80 ? code >= 0x09 && code <= 0x0d : SPACE.test(c))) {
      // A run of whitespace, line breaks included, is one space.
      if (!inSpace) {
        key += ' ';
        from.push(i);
        to.push(i + width);
      }
      inSpace = true;
    } else {
      const part = keyOfCodePoint(c);
      for (let k = 0; k < part.length; k++) {
        from.push(i);
        to.push(i + width);
      }
      key += part;
      if (part !== '') inSpace = false;
    }
    i += width;
  }
  return { text, key, from: Int32Array.from(from), to: Int32Array.from(to) };
}

/** The query as the key holds text: the same folding, whitespace runs as one space, trimmed. */
export function searchQueryKey(query: string): string {
  return searchableText(query).key.trim();
}

/**
 * Where the query occurs in the text, in reading order, not overlapping, as
 * UTF-16 ranges. A match takes in the tashkeel and tatweel that follow its last
 * letter, so tagging it never parts a mark from its letter. An empty query (or
 * one of marks only) finds nothing.
 */
export function findInText(searchable: SearchableText, query: string): TextRange[] {
  const needle = searchQueryKey(query);
  if (needle === '') return [];
  const { text, key, from, to } = searchable;
  const found: TextRange[] = [];
  for (let at = key.indexOf(needle); at >= 0; at = key.indexOf(needle, at + needle.length)) {
    let end = to[at + needle.length - 1] as number;
    while (end < text.length && (MARK.test(text[end] as string) || text[end] === '\u0640')) end++;
    found.push({ start: from[at] as number, end });
  }
  return found;
}
