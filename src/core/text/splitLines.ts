/**
 * Splits text into lines on LF, CRLF or a lone CR, so parsers given a raw string
 * number lines exactly as decodeFile's normalised text does.
 */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
