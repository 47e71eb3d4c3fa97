import { tokenizeWords } from '../annotate/arabicWords.ts';
import type { TextRange } from '../annotate/textRange.ts';
import type { EntitySpan } from '../model/annotation.ts';
import { partitionPoint } from '../offsets/partitionPoint.ts';
import type { TokenSpan } from './bioTags.ts';
import type { AnnotatedDocument } from './annotatedDocument.ts';
import { storedTokens } from './documentTokens.ts';

/** A document cut into tokens and sentences, with its entities over those tokens: what token formats write. */
export interface TokenLayout {
  /** UTF-16 ranges into the text, in order. */
  tokens: TextRange[];
  /** Index of the first token of each sentence; the first is 0 when there are tokens. */
  sentenceStarts: number[];
  /** The entities that cover at least one token, in the document's order. */
  spans: TokenSpan[];
  /** Entities that cover no token (only spaces or invisible marks): a token format cannot hold them. */
  unplaced: EntitySpan[];
}

/**
 * Tokens are the ones the document came with (meta.tokens), else those of Tawsim's
 * word tokeniser: clitics stay attached to their word, and every punctuation mark
 * is a token of its own. A token that an entity starts or ends inside is cut there
 * (e.g. the "و" of "ومصر" when only "مصر" is a GPE), so every entity keeps its exact
 * extent. A newline between two tokens starts a new sentence, unless an entity
 * holds both tokens (an entity cannot cross a sentence break in BIO).
 */
export function layOutTokens(doc: AnnotatedDocument): TokenLayout {
  const base = storedTokens(doc.meta, doc.text) ?? tokenizeWords(doc.text);
  const tokens = cutAtBoundaries(base, doc.entities);
  const spans: TokenSpan[] = [];
  const unplaced: EntitySpan[] = [];
  // insideEntity[i]: an entity holds both token i - 1 and token i, so no sentence may end between them.
  const insideEntity = new Uint8Array(tokens.length);
  for (const entity of doc.entities) {
    const start = partitionPoint(tokens, (token) => token.end <= entity.start);
    const end = partitionPoint(tokens, (token) => token.start < entity.end);
    if (start < end) spans.push({ start, end, label: entity.label });
    else unplaced.push(entity);
    insideEntity.fill(1, start + 1, end);
  }
  const sentenceStarts: number[] = [];
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    if (previous === undefined || (insideEntity[i] === 0 && doc.text.slice(previous.end, token.start).includes('\n'))) sentenceStarts.push(i);
  });
  return { tokens, sentenceStarts, spans, unplaced };
}

function cutAtBoundaries(tokens: readonly TextRange[], entities: readonly EntitySpan[]): TextRange[] {
  const cuts = [...new Set(entities.flatMap((entity) => [entity.start, entity.end]))].sort((a, b) => a - b);
  const result: TextRange[] = [];
  for (const token of tokens) {
    let start = token.start;
    for (let c = partitionPoint(cuts, (cut) => cut <= token.start); c < cuts.length && (cuts[c] as number) < token.end; c++) {
      result.push({ start, end: cuts[c] as number });
      start = cuts[c] as number;
    }
    result.push({ start, end: token.end });
  }
  return result;
}
