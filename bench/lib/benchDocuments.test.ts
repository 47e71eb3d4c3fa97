import { describe, expect, it } from 'vitest';
import { compareSpans } from '../../src/core/annotate/spanOrder.ts';
import { spanDepths } from '../../src/core/annotate/spanDepths.ts';
import type { EntitySpan } from '../../src/core/model/annotation.ts';
import { annotatorVariant, longDocument, shortDocuments, textWords, wordAlignedSpans } from './benchDocuments.ts';
import { markupOf } from './markReference.ts';
import { seededRandom } from './random.ts';

// The generated inputs of the annotation, export and agreement metrics, checked for shape only; nothing here is timed.
describe('bench documents', () => {
  const text = longDocument(100_000);
  const spans = wordAlignedSpans(text, 5000, seededRandom(0x5ba5), { freeWords: 12 });

  it('makes a 100,000-character document with 5,000 sorted, word-aligned spans, deterministically', () => {
    expect(text).toHaveLength(100_000);
    expect(longDocument(100_000)).toBe(text);
    expect(wordAlignedSpans(text, 5000, seededRandom(0x5ba5), { freeWords: 12 })).toEqual(spans);
    expect(spans).toHaveLength(5000);
    expect([...spans].sort(compareSpans)).toEqual(spans);
    expect(new Set(spans.map((s) => s.id)).size).toBe(5000);
    const starts = new Set(textWords(text).map((w) => w.start));
    const ends = new Set(textWords(text).map((w) => w.end));
    for (const span of spans) {
      expect(starts.has(span.start) && ends.has(span.end)).toBe(true);
      expect(text.slice(span.start, span.end)).not.toContain('\n');
    }
  });

  it('nests some spans and leaves the first words free', () => {
    const depths = spanDepths(spans);
    const nested = spans.filter((s) => (depths.get(s.id) ?? 0) > 0).length;
    expect(nested).toBe(750);
    const twelfth = textWords(text)[11]!;
    expect(spans[0]!.start).toBeGreaterThan(twelfth.start);
  });

  it('makes distinct short documents of 500 to 1,150 characters, some with emoji', () => {
    const docs = shortDocuments(500);
    expect(shortDocuments(500)).toEqual(docs);
    expect(new Set(docs.map((d) => d.text)).size).toBe(500);
    for (const doc of docs) {
      expect(doc.text.length).toBeGreaterThan(450);
      expect(doc.text.length).toBeLessThan(1200);
    }
    const withEmoji = docs.filter((d) => /[\uD800-\uDBFF]/.test(d.text)).length;
    expect(withEmoji).toBeGreaterThan(50);
    expect(withEmoji).toBeLessThan(250);
  });

  it('gives each annotator as many spans as the base version, mostly the same ones', () => {
    const random = seededRandom(7);
    let same = 0;
    let total = 0;
    for (const doc of shortDocuments(200)) {
      const base = wordAlignedSpans(doc.text, 20, random);
      const variant = annotatorVariant(doc.text, base, random);
      expect(variant).toHaveLength(20);
      const keys = new Set(base.map((s) => `${s.start}:${s.end}:${s.label}`));
      same += variant.filter((s) => keys.has(`${s.start}:${s.end}:${s.label}`)).length;
      total += 20;
    }
    expect(same / total).toBeGreaterThan(0.65);
    expect(same / total).toBeLessThan(0.9);
  });
});

describe('mark reference markup', () => {
  const labels = new Map([
    ['PERS', 0],
    ['ORG', 1],
  ]);
  const span = (id: string, start: number, end: number, label = 'PERS'): EntitySpan => ({ id, start, end, label });

  it('writes one paragraph per line and nests marks for nested spans', () => {
    const text = 'ab cd ef\ngh';
    const spans = [span('e1', 0, 5, 'ORG'), span('e2', 3, 5), span('e3', 9, 11)].sort(compareSpans);
    expect(markupOf(text, spans, labels)).toBe('<p><mark class="l1">ab <mark class="l0">cd</mark></mark> ef</p><p><mark class="l0">gh</mark></p>');
  });

  it('splits a span that overlaps another without nesting, and escapes the text', () => {
    const text = 'a<b c&d e';
    const spans = [span('e1', 0, 5), span('e2', 2, 7, 'ORG')].sort(compareSpans);
    expect(markupOf(text, spans, labels)).toBe('<p><mark class="l0">a&lt;<mark class="l1">b c</mark></mark><mark class="l1">&amp;d</mark> e</p>');
  });

  it('keeps empty lines', () => {
    expect(markupOf('a\n\nb', [], labels)).toBe('<p>a</p><p></p><p>b</p>');
  });
});
