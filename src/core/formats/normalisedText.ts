import { partitionPoint } from '../offsets/partitionPoint.ts';

/** A text as the app stores it, with the way back from offsets into the text as the file had it. */
export interface NormalisedText {
  text: string;
  /** A UTF-16 offset into the file's text, moved to the same place in `text`. */
  toNormalised(rawOffset: number): number;
}

/**
 * Every imported text has LF line ends (see decodeFile), but offsets in a file count
 * the CR of a CRLF, and brat counts a BOM at the start of its .txt too. This turns
 * CRLF and lone CR into LF (and drops a leading BOM when asked) and maps offsets
 * across, so spans keep pointing at the same characters.
 */
export function normaliseWithOffsets(raw: string, options: { stripBom: boolean }): NormalisedText {
  const bom = options.stripBom && raw.startsWith('\uFEFF');
  if (!bom && !raw.includes('\r')) return { text: raw, toNormalised: (offset) => offset };
  // UTF-16 positions of the characters that go: the BOM and the CR of each CRLF.
  const removed: number[] = bom ? [0] : [];
  for (let i = raw.indexOf('\r'); i !== -1; i = raw.indexOf('\r', i + 1)) {
    if (raw.charCodeAt(i + 1) === 0x0a) removed.push(i);
  }
  const text = (bom ? raw.slice(1) : raw).replace(/\r\n?/g, '\n');
  return { text, toNormalised: (offset) => offset - partitionPoint(removed, (position) => position < offset) };
}
