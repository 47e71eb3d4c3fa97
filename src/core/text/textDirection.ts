/** Letters read before deciding: enough for any paragraph's majority, cheap on a 100,000-character one. */
const SAMPLE_LETTERS = 256;

/** Code points of right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic and their presentation forms. */
function isRightToLeft(code: number): boolean {
  return (code >= 0x0590 && code <= 0x08ff) || (code >= 0xfb1d && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefe) || (code >= 0x10800 && code <= 0x10fff) || (code >= 0x1e800 && code <= 0x1efff);
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
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (isRightToLeft(code)) {
      // Arabic marks, digits and punctuation sit in the same blocks: only letters count.
      if (LETTER.test(char)) rtl++;
    } else if (code > 0x40 && LETTER.test(char)) other++;
    if (rtl + other >= SAMPLE_LETTERS) break;
  }
  return rtl >= other ? 'rtl' : 'ltr';
}
