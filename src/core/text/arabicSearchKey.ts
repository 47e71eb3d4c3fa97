/**
 * Search normalisation for Arabic: what an annotator types should find the text
 * however it was vocalised, stretched or spelt. Never applied to stored text.
 */

// Tashkeel and Quranic marks, tatweel, the Arabic letter mark, zero-width and bidi controls, BOM.
const IGNORED_CHARS = '[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]';
const IGNORED = new RegExp(IGNORED_CHARS, 'g');
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

const FOLDABLE = /[أإآٱىئةؤیک\u0660-\u0669\u06F0-\u06F9]/g;

export function arabicSearchKey(s: string): string {
  // NFKC first: it turns presentation forms into letters and composes alef + madda into آ, which then folds.
  return s
    .normalize('NFKC')
    .replace(IGNORED, '')
    .replace(FOLDABLE, foldChar)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
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
