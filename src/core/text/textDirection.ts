/** Letters read before deciding: enough for a paragraph's majority, and cheap to read on every paragraph shown. */
const SAMPLE_LETTERS = 64;

/** Code points of right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic and their presentation forms. */
function isRightToLeft(code: number): boolean {
  return (code >= 0x0590 && code <= 0x08ff) || (code >= 0xfb1d && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefe) || (code >= 0x10800 && code <= 0x10fff) || (code >= 0x1e800 && code <= 0x1efff);
}

/** The Arabic letters of the basic block, the common case, without a regular expression. */
function isBasicArabicLetter(code: number): boolean {
  return (code >= 0x0620 && code <= 0x064a) || (code >= 0x066e && code <= 0x06d3 && code !== 0x0670) || code === 0x06d5;
}

const LETTER = /\p{L}/u;

/**
 * The direction a paragraph or title reads in: right to left when, among its first
 * letters, right-to-left ones are at least as many as the others; left to right when
 * they are fewer. Unlike dir="auto" and unicode-bidi: plaintext, which take the first
 * strong character, a leading Latin word ("AFP - قال …") or a stray LRM (as NewsFANE's
 * tokens carry) does not turn an Arabic paragraph around. A text without letters reads
 * right to left, as the document view does.
 */
export function textDirection(text: string): 'rtl' | 'ltr' {
  let rtl = 0;
  let other = 0;
  for (let i = 0; i < text.length && rtl + other < SAMPLE_LETTERS; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      const lower = code | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) other++;
    } else if (isBasicArabicLetter(code)) {
      rtl++;
    } else if (code >= 0xd800 && code <= 0xdbff) {
      const point = text.codePointAt(i)!;
      i++;
      // Arabic marks, digits and punctuation share the right-to-left blocks: only letters count.
      if (LETTER.test(String.fromCodePoint(point))) {
        if (isRightToLeft(point)) rtl++;
        else other++;
      }
    } else if (LETTER.test(text[i]!)) {
      if (isRightToLeft(code)) rtl++;
      else other++;
    }
  }
  return rtl >= other ? 'rtl' : 'ltr';
}
