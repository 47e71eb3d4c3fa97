import { tokenizeWords } from '../../src/core/annotate/arabicWords.ts';
import { compareSpans } from '../../src/core/annotate/spanOrder.ts';
import type { EntitySpan } from '../../src/core/model/annotation.ts';
import type { DocumentMeta } from '../../src/core/model/document.ts';
import { DEFAULT_ENTITY_LABELS } from '../../src/core/schema/defaultEntityLabels.ts';
import { seedText } from './newsCorpus.ts';
import { pick, randomInt, seededRandom, shuffled } from './random.ts';

/**
 * Deterministic annotated documents for the annotation, export and agreement metrics,
 * built from the seed page's paragraphs and headlines (bench/lib/newsCorpus.ts) with
 * word-aligned entity spans (word boundaries as the app's tokenizer finds them), some
 * nested, none crossing a line. Offsets are UTF-16, as stored by the app.
 */

const TAGS = DEFAULT_ENTITY_LABELS.map((label) => label.tag);
/** The frequent Wojood types get most spans, as in real news. */
const COMMON = ['PERS', 'ORG', 'GPE', 'LOC', 'DATE', 'NORP', 'OCC'];

function randomLabel(random: () => number, not?: string): string {
  for (;;) {
    const label = random() < 0.7 ? pick(random, COMMON) : pick(random, TAGS);
    if (label !== not) return label;
  }
}

export interface Word {
  start: number;
  end: number;
  line: number;
}

/** Words, numbers and Latin runs of the text (punctuation and emoji left out), with their line. */
export function textWords(text: string): Word[] {
  const words: Word[] = [];
  let line = 0;
  let nextNewline = text.indexOf('\n');
  for (const token of tokenizeWords(text)) {
    while (nextNewline !== -1 && nextNewline < token.start) {
      line++;
      nextNewline = text.indexOf('\n', nextNewline + 1);
    }
    if (token.kind !== 'punct') words.push({ start: token.start, end: token.end, line });
  }
  return words;
}

export interface SpanOptions {
  /** Share of the spans nested inside another (default 0.15). */
  nested?: number;
  /** The first words of the text that no span covers (default 0). */
  freeWords?: number;
  /** textWords(text), when the caller has it already. */
  words?: readonly Word[];
}

/**
 * `count` entity spans, word-aligned: top-level spans of 1 to 3 words, one per equal
 * run of words so they spread over the whole text and never overlap one another, and
 * nested spans covering part of a multi-word span with another label. Sorted in the
 * app's document order (compareSpans), ids e1, e2, … in that order.
 */
export function wordAlignedSpans(text: string, count: number, random: () => number, options: SpanOptions = {}): EntitySpan[] {
  const words = (options.words ?? textWords(text)).slice(options.freeWords ?? 0);
  const nestedCount = Math.round(count * (options.nested ?? 0.15));
  const topCount = count - nestedCount;
  const chunk = words.length / topCount;
  if (chunk < 2) throw new Error(`wordAlignedSpans: ${words.length} words are too few for ${topCount} top-level spans`);
  let spans: Omit<EntitySpan, 'id'>[] = [];
  let multiWord: { first: number; last: number; label: string }[] = [];
  // Rarely the draw leaves too few multi-word spans to nest in: draw again (still deterministic).
  for (let attempt = 0; attempt < 20 && multiWord.length < nestedCount; attempt++) {
    spans = [];
    multiWord = [];
    for (let k = 0; k < topCount; k++) {
      const from = Math.floor(k * chunk);
      const to = Math.floor((k + 1) * chunk); // exclusive
      const first = randomInt(random, from, to - 1);
      let last = first + randomInt(random, 0, 2);
      if (last >= to) last = to - 1;
      while (words[last]!.line !== words[first]!.line) last--;
      const label = randomLabel(random);
      spans.push({ start: words[first]!.start, end: words[last]!.end, label });
      if (last > first) multiWord.push({ first, last, label });
    }
  }
  if (multiWord.length < nestedCount) {
    throw new Error(`wordAlignedSpans: ${multiWord.length} multi-word spans are too few for ${nestedCount} nested spans`);
  }
  for (const outer of shuffled(random, multiWord).slice(0, nestedCount)) {
    // A strict part of the outer span's words: its first or its last word(s).
    const width = randomInt(random, 1, outer.last - outer.first);
    const [first, last] = random() < 0.5 ? [outer.first, outer.first + width - 1] : [outer.last - width + 1, outer.last];
    spans.push({ start: words[first]!.start, end: words[last]!.end, label: randomLabel(random, outer.label) });
  }
  return spans
    .map((span) => ({ id: '', ...span }))
    .sort(compareSpans)
    .map((span, i) => ({ ...span, id: `e${i + 1}` }));
}

/**
 * A long article of exactly `length` UTF-16 code units: a headline, then seed
 * paragraphs and headlines in a seeded order, one per line, cut at `length`.
 */
export function longDocument(length: number, seed = 0x100d): string {
  const { paragraphs, headlines } = seedText();
  const random = seededRandom(seed);
  const parts = [pick(random, headlines)];
  let total = parts[0]!.length;
  while (total < length) {
    const part = random() < 0.25 ? pick(random, headlines) : pick(random, paragraphs);
    parts.push(part);
    total += part.length + 1;
  }
  return parts.join('\n').slice(0, length);
}

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
function arabicDigits(n: number): string {
  return String(n).replace(/[0-9]/g, (d) => ARABIC_INDIC[Number(d)]!);
}

/** Astral characters (two UTF-16 units each, or more): code point offsets differ from UTF-16 after them. */
const EMOJI = ['😀', '📰', '🇲🇦', '👍🏽', '🔥', '👨‍👩‍👧', '⚽️', '🕌'];

export interface ShortDocument {
  id: string;
  text: string;
  meta: DocumentMeta;
}

/**
 * `count` short news documents of about 1 to 2 KB of UTF-8 (500 to 1000 characters):
 * a numbered headline line, then a run of words from the seed paragraphs (a line each).
 * A quarter carry 1 to 3 emoji between words. Every text is different.
 */
export function shortDocuments(count: number, seed = 0x5d0c): ShortDocument[] {
  const { paragraphs, headlines } = seedText();
  const random = seededRandom(seed);
  const sources = ['هسبريس', 'المساء', 'الصباح', 'العلم', 'بيان اليوم'];
  const documents: ShortDocument[] = [];
  for (let i = 0; i < count; i++) {
    const headline = pick(random, headlines);
    // Seed paragraphs in a seeded order, one per line, cut at a space near `length`.
    const length = randomInt(random, 500, 1000);
    let body = shuffled(random, paragraphs).join('\n');
    const from = body.indexOf(' ', randomInt(random, 0, 200)) + 1;
    body = body.slice(from, from + length);
    body = body.slice(0, body.lastIndexOf(' '));
    if (random() < 0.25) {
      const words = body.split(' ');
      for (let e = randomInt(random, 1, 3); e > 0; e--) {
        words.splice(randomInt(random, 0, Math.min(words.length, 40)), 0, pick(random, EMOJI));
      }
      body = words.join(' ');
    }
    const hex = Math.floor(random() * 2 ** 32).toString(16).padStart(8, '0') + i.toString(16).padStart(8, '0');
    const date = `20${randomInt(random, 10, 25)}-${String(randomInt(random, 1, 12)).padStart(2, '0')}-${String(randomInt(random, 1, 28)).padStart(2, '0')}`;
    // The headline numbered, as a site numbers a series: no two documents share a text.
    const title = `${headline} (${arabicDigits(i + 1)})`;
    documents.push({
      id: hex,
      text: `${title}\n${body}`,
      meta: { kind: 'article', title, source: pick(random, sources), date },
    });
  }
  return documents;
}

/**
 * Another annotator's version of `base` (same count, sorted, ids renumbered): most
 * spans kept, some relabelled, some with one edge moved by a word, some replaced by
 * a one-word span elsewhere, as two people tagging the same article differ.
 */
export function annotatorVariant(
  text: string,
  base: readonly EntitySpan[],
  random: () => number,
  words: readonly Word[] = textWords(text),
): EntitySpan[] {
  const wordAtStart = new Map(words.map((word, i) => [word.start, i]));
  const wordAtEnd = new Map(words.map((word, i) => [word.end, i]));
  const seen = new Set<string>();
  const key = (span: Omit<EntitySpan, 'id'>) => `${span.start}:${span.end}:${span.label}`;
  const spans: Omit<EntitySpan, 'id'>[] = [];
  const add = (span: Omit<EntitySpan, 'id'>) => {
    if (seen.has(key(span))) return false;
    seen.add(key(span));
    spans.push(span);
    return true;
  };
  for (const span of base) {
    const roll = random();
    let changed: Omit<EntitySpan, 'id'> = { start: span.start, end: span.end, label: span.label };
    if (roll < 0.1) changed = { ...changed, label: randomLabel(random, span.label) };
    else if (roll < 0.18) {
      const last = wordAtEnd.get(span.end)!;
      const first = wordAtStart.get(span.start)!;
      const next = words[last + 1];
      if (random() < 0.5 && next && next.line === words[last]!.line) changed = { ...changed, end: next.end };
      else if (last > first) changed = { ...changed, end: words[last - 1]!.end };
    } else if (roll < 0.23) {
      const word = pick(random, words);
      changed = { start: word.start, end: word.end, label: randomLabel(random) };
    }
    if (!add(changed)) add({ start: span.start, end: span.end, label: span.label });
  }
  // Keep the count: fill any span lost to a clash with a fresh one-word span.
  while (spans.length < base.length) {
    const word = pick(random, words);
    add({ start: word.start, end: word.end, label: randomLabel(random) });
  }
  return spans
    .map((span) => ({ id: '', ...span }))
    .sort(compareSpans)
    .map((span, i) => ({ ...span, id: `e${i + 1}` }));
}
