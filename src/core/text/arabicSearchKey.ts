/**
 * Search normalisation for Arabic: what an annotator types should find the text
 * however it was vocalised, stretched or spelt. Never applied to stored text.
 */

// Tashkeel and Quranic marks, tatweel, the Arabic letter mark, zero-width and bidi controls, BOM.
const IGNORED_CHARS = '[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]';
const IGNORED_ONE = new RegExp(`^${IGNORED_CHARS}$`);

/** Whether search passes over the character (one UTF-16 code unit) as if it were not there. */
export function isIgnoredInSearch(c: string): boolean {
  return IGNORED_ONE.test(c);
}

const LETTER_FOLDS: Record<string, string> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ى': 'ي',
  'ئ': 'ي',
  'ة': 'ه',
  'ؤ': 'و',
  // Persian keyboard letters that often stand in for Arabic ones in web text.
  'ی': 'ي',
  'ک': 'ك',
};

/** In searchKeyUnits: a code unit the key leaves out, and one that is whitespace (SPACE also for the matcher). */
const DROPPED = -1;
export const SPACE = -2;

/**
 * What the key makes of each UTF-16 code unit after NFKC: DROPPED, SPACE (JavaScript's
 * \s), or the code unit it folds to (itself for most). Built on first use, from the
 * same definitions as the rest of this file (a few milliseconds, once).
 */
let keyUnits: Int32Array | null = null;

export function searchKeyUnits(): Int32Array {
  return (keyUnits ??= buildKeyUnits());
}

function buildKeyUnits(): Int32Array {
  const table = new Int32Array(0x10000);
  const whitespace = /^\s$/;
  for (let code = 0; code < table.length; code++) {
    const c = String.fromCharCode(code);
    // Ignored first: U+FEFF is whitespace to \s, but search drops it.
    if (IGNORED_ONE.test(c)) table[code] = DROPPED;
    else if (whitespace.test(c)) table[code] = SPACE;
    else table[code] = foldChar(c).charCodeAt(0);
  }
  return table;
}

/** Code units collected before they become a string: String.fromCharCode takes them in pieces of this size. */
const PIECE = 8192;

/**
 * The text as search compares it: NFKC (presentation forms become letters, alef +
 * madda composes into آ, which then folds), without what search ignores, letters
 * and digits folded, lower case, each run of whitespace one space, no space at
 * either end. One pass with a table after NFKC, at about a third of the cost of a
 * regular expression per step: imports key news-page lines with it, and search the
 * texts it cannot match as it reads them (searchMatcher).
 */
export function arabicSearchKey(s: string): string {
  const text = s.normalize('NFKC');
  const table = searchKeyUnits();
  const units = new Uint16Array(Math.min(text.length, PIECE));
  let key = '';
  let filled = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const unit = table[text.charCodeAt(i)] as number;
    if (unit === DROPPED) continue;
    if (unit === SPACE) {
      pendingSpace = filled > 0 || key.length > 0;
      continue;
    }
    if (filled + 2 > units.length) {
      key += String.fromCharCode.apply(null, units.subarray(0, filled) as unknown as number[]);
      filled = 0;
    }
    if (pendingSpace) {
      units[filled++] = 0x20;
      pendingSpace = false;
    }
    units[filled++] = unit;
  }
  key += String.fromCharCode.apply(null, units.subarray(0, filled) as unknown as number[]);
  return key.toLowerCase();
}

/** Whether a haystack already reduced by arabicSearchKey contains the query; an empty query matches all. */
export function matchesSearch(haystackKey: string, query: string): boolean {
  return haystackKey.includes(arabicSearchKey(query));
}

/** A letter or digit as search compares it (one character, tashkeel already gone). */
export function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  // Arabic-Indic and Eastern Arabic-Indic digits search as ASCII digits.
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return LETTER_FOLDS[c] ?? c;
}
