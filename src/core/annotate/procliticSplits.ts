/*
 * Heuristic, without a lexicon: a word may begin with, in this order,
 *   1. a conjunction  و or ف
 *   2. a preposition  ب, ك or ل
 *   3. the article    ال  (after ل it is written ل alone: ل + ال = لل)
 * each layer optional. A split is offered after every layer that is present, as
 * long as at least two letters remain, so "بالعاصمة" offers "العاصمة" (the
 * entity keeps its article) and "عاصمة". Whether a leading و is a conjunction
 * (والرباط) or part of the word (وزارة) cannot be known here; the split is offered
 * and the caller keeps the whole word unless the selection asks otherwise.
 * "لل" is ambiguous too (لليبيا = ل + ليبيا, للمغرب = ل + ال + مغرب), so both
 * splits are offered.
 * Letters are compared without their tashkeel, tatweel and joiners, which stay
 * with the letter they follow.
 */

const CONJUNCTIONS = new Set(['و', 'ف']);
const PREPOSITIONS = new Set(['ب', 'ك', 'ل']);
/** Plain alef and alef wasla, the ways the article's alef is written. */
const ARTICLE_ALEFS = new Set(['ا', 'ٱ']);
const MIN_REMAINDER_LETTERS = 2;

/** What stays with the letter before it: marks (tashkeel), tatweel, ZWNJ, ZWJ. */
const ATTACHED = /^[\p{M}\u0640\u200C\u200D]$/u;

interface Letter {
  char: string;
  /** UTF-16 offset just after the letter and everything attached to it. */
  end: number;
}

function lettersOf(word: string): Letter[] {
  const letters: Letter[] = [];
  let offset = 0;
  for (const char of word) {
    offset += char.length;
    const last = letters[letters.length - 1];
    if (last !== undefined && ATTACHED.test(char)) last.end = offset;
    else letters.push({ char, end: offset });
  }
  return letters;
}

/**
 * UTF-16 offsets within `word` where an entity may start once proclitics are
 * left out, outermost first. Empty when the word has no proclitic.
 */
export function procliticSplits(word: string): number[] {
  const letters = lettersOf(word);
  const layerEnds: number[] = []; // indexes into letters, just after each layer
  let next = 0;
  if (CONJUNCTIONS.has(letters[next]?.char ?? '')) layerEnds.push(++next);
  const preposition = letters[next]?.char ?? '';
  if (PREPOSITIONS.has(preposition)) layerEnds.push(++next);
  if (preposition === 'ل') {
    if (letters[next]?.char === 'ل') layerEnds.push(++next);
  } else if (ARTICLE_ALEFS.has(letters[next]?.char ?? '') && letters[next + 1]?.char === 'ل') {
    next += 2;
    layerEnds.push(next);
  }
  return layerEnds
    .filter((end) => letters.length - end >= MIN_REMAINDER_LETTERS)
    .map((end) => (letters[end - 1] as Letter).end);
}
