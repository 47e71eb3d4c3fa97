import type { TextRange } from '../annotate/textRange.ts';
import type { DocumentMeta } from '../model/document.ts';
import type { ImportProblemDetail } from '../model/importProblem.ts';
import { offsetProblemAt } from './offsetProblem.ts';
import type { OffsetProblem } from './offsetProblem.ts';
import type { UnitOffsets } from './offsetUnit.ts';

/**
 * Documents that came from a token file (CoNLL, Hugging Face) keep their tokens in
 * meta.tokens as [start, end] pairs: UTF-16 inside the app, the file's unit in Tawsim
 * JSONL and Label Studio data. Exporting them to a token format then gives back the
 * same tokens, which the text alone cannot (a token may hold a space, and U+200E
 * marks are not token characters for the word tokeniser). Sentence breaks need no
 * key of their own: token importers join sentences with "\n" and tokens with " ",
 * and a newline between two tokens is a sentence break.
 */
export const TOKENS_KEY = 'tokens';

/**
 * The token boundaries in `value` (a meta.tokens as read from a file), each offset
 * passed through `toUtf16`; or why they are not usable, `metaPath` naming where the
 * meta is in the record. Tokens must be non-empty, in order and must not overlap.
 */
export function readTokenBounds(value: unknown, toUtf16: (offset: unknown) => number | OffsetProblem, metaPath = 'meta'): TextRange[] | ImportProblemDetail {
  if (!Array.isArray(value)) return { code: 'not-token-pairs', values: { path: `${metaPath}.${TOKENS_KEY}` } };
  const tokens: TextRange[] = [];
  let previousEnd = 0;
  for (const [i, pair] of value.entries()) {
    const path = `${metaPath}.${TOKENS_KEY}[${i}]`;
    if (!Array.isArray(pair) || pair.length !== 2) return { code: 'not-token-pair', values: { path } };
    const start = toUtf16(pair[0]);
    const end = toUtf16(pair[1]);
    if (typeof start !== 'number') return offsetProblemAt(path, start);
    if (typeof end !== 'number') return offsetProblemAt(path, end);
    if (start >= end) return { code: 'token-empty-or-reversed', values: { path } };
    if (start < previousEnd) return { code: 'token-overlaps', values: { path } };
    tokens.push({ start, end });
    previousEnd = end;
  }
  return tokens;
}

/** The tokens a document came with (UTF-16), or null when it has none or they do not fit its text. */
export function storedTokens(meta: DocumentMeta, text: string): TextRange[] | null {
  if (meta[TOKENS_KEY] === undefined) return null;
  const tokens = readTokenBounds(meta[TOKENS_KEY], (offset) =>
    Number.isInteger(offset) && (offset as number) >= 0 && (offset as number) <= text.length
      ? (offset as number)
      : { kind: 'outside-text', offset: String(offset), length: String(text.length) },
  );
  return Array.isArray(tokens) ? tokens : null;
}

/** meta.tokens of a document whose text is these tokens. */
export function tokenBoundsMeta(tokens: readonly TextRange[]): [number, number][] {
  return tokens.map((token) => [token.start, token.end]);
}

/** meta with meta.tokens in a file's unit, like every other offset of the file. */
export function metaTokensToUnit(meta: DocumentMeta, text: string, units: UnitOffsets): DocumentMeta {
  const tokens = storedTokens(meta, text);
  if (tokens === null) return meta;
  const converted = tokens.map((token) => {
    const span = units.toUnit(token.start, token.end);
    return [span.start, span.end];
  });
  return { ...meta, [TOKENS_KEY]: converted };
}

/** meta read from a file, meta.tokens turned from the file's unit into UTF-16; or why they are not usable. */
export function metaTokensFromUnit(
  meta: DocumentMeta,
  toUtf16: (offset: unknown) => number | OffsetProblem,
  metaPath = 'meta',
): { meta: DocumentMeta } | { problem: ImportProblemDetail } {
  if (meta[TOKENS_KEY] === undefined) return { meta };
  const tokens = readTokenBounds(meta[TOKENS_KEY], toUtf16, metaPath);
  return Array.isArray(tokens) ? { meta: { ...meta, [TOKENS_KEY]: tokenBoundsMeta(tokens) } } : { problem: tokens };
}
