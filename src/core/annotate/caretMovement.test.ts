import { describe, expect, it } from 'vitest';
import type { EntitySpan } from '../model/annotation.ts';
import { tokenizeWords } from './arabicWords.ts';
import {
  arrowKeyToLogical,
  caretRange,
  moveCaret,
  nextSpan,
  nextWord,
  previousSpan,
  previousWord,
  spanAtCaret,
  type CaretSelection,
} from './caretMovement.ts';

const text = '😀 استقبل الملك محمد السادس، بالرباط، وزيرَ UMT.';
const tokens = tokenizeWords(text);
const starts = tokens.filter((t) => t.kind !== 'punct').map((t) => t.start);
const word = (offset: number): string => tokens.find((t) => t.start === offset)?.text ?? '';

describe('arrowKeyToLogical', () => {
  it('maps ArrowLeft to forward in RTL and ArrowRight to backward', () => {
    expect(arrowKeyToLogical('ArrowLeft', 'rtl')).toBe('forward');
    expect(arrowKeyToLogical('ArrowRight', 'rtl')).toBe('backward');
  });

  it('maps ArrowRight to forward in LTR and ArrowLeft to backward', () => {
    expect(arrowKeyToLogical('ArrowRight', 'ltr')).toBe('forward');
    expect(arrowKeyToLogical('ArrowLeft', 'ltr')).toBe('backward');
  });
});

describe('nextWord and previousWord', () => {
  it('visit every word in reading order and skip punctuation and emoji', () => {
    const visited: string[] = [];
    let caret = -1;
    for (let next = nextWord(tokens, caret); next !== caret; next = nextWord(tokens, caret)) {
      caret = next;
      visited.push(word(caret));
    }
    expect(visited).toEqual(['استقبل', 'الملك', 'محمد', 'السادس', 'بالرباط', 'وزيرَ', 'UMT']);
    const back: string[] = [];
    for (let previous = previousWord(tokens, caret); previous !== caret; previous = previousWord(tokens, caret)) {
      caret = previous;
      back.push(word(caret));
    }
    expect(back).toEqual(['وزيرَ', 'بالرباط', 'السادس', 'محمد', 'الملك', 'استقبل']);
  });

  it('go from inside a word to the next word, or back to its own start', () => {
    const inside = text.indexOf('لملك');
    expect(word(nextWord(tokens, inside))).toBe('محمد');
    expect(word(previousWord(tokens, inside))).toBe('الملك');
  });

  it('stay put at either end or without words', () => {
    const last = starts[starts.length - 1] as number;
    expect(nextWord(tokens, last)).toBe(last);
    expect(previousWord(tokens, starts[0] as number)).toBe(starts[0]);
    expect(nextWord([], 3)).toBe(3);
    expect(previousWord(tokenizeWords('، «»'), 4)).toBe(4);
  });
});

describe('moveCaret and caretRange', () => {
  const at = (part: string): number => text.indexOf(part);
  const covered = (selection: CaretSelection): string | null => {
    const range = caretRange(tokens, selection);
    return range === null ? null : text.slice(range.start, range.end);
  };

  it('moves a collapsed caret by word with ArrowLeft in RTL', () => {
    const start: CaretSelection = { anchor: at('الملك'), focus: at('الملك') };
    const moved = moveCaret(tokens, start, arrowKeyToLogical('ArrowLeft', 'rtl'), false);
    expect(moved).toEqual({ anchor: at('محمد'), focus: at('محمد') });
    expect(covered(moved)).toBe('محمد');
  });

  it('extends with Shift to a word-aligned range', () => {
    let selection: CaretSelection = { anchor: at('الملك'), focus: at('الملك') };
    selection = moveCaret(tokens, selection, 'forward', true);
    selection = moveCaret(tokens, selection, 'forward', true);
    expect(selection).toEqual({ anchor: at('الملك'), focus: at('السادس') });
    expect(covered(selection)).toBe('الملك محمد السادس');
  });

  it('extends backwards past the anchor and covers punctuation between words', () => {
    let selection: CaretSelection = { anchor: at('بالرباط'), focus: at('بالرباط') };
    selection = moveCaret(tokens, selection, 'backward', true);
    expect(covered(selection)).toBe('السادس، بالرباط');
    selection = moveCaret(tokens, selection, 'forward', true);
    selection = moveCaret(tokens, selection, 'forward', true);
    expect(covered(selection)).toBe('بالرباط، وزيرَ');
  });

  it('collapses again on a move without Shift', () => {
    const selection = moveCaret(tokens, { anchor: at('الملك'), focus: at('السادس') }, 'backward', false);
    expect(selection).toEqual({ anchor: at('محمد'), focus: at('محمد') });
  });

  it('reads a caret in whitespace or on punctuation as the next word', () => {
    expect(covered({ anchor: at('، ب'), focus: at('، ب') })).toBe('بالرباط');
    expect(covered({ anchor: 0, focus: 0 })).toBe('استقبل');
    expect(covered({ anchor: text.length, focus: text.length })).toBe('UMT');
  });

  it('covers nothing without words', () => {
    expect(caretRange([], { anchor: 0, focus: 0 })).toBeNull();
  });
});

describe('spanAtCaret', () => {
  // "الملك محمد السادس" (PER) contains "محمد السادس" (PER) and overlaps with a TITLE span.
  const spans: EntitySpan[] = [
    { id: 'e1', start: 9, end: 26, label: 'PER' },
    { id: 'e2', start: 15, end: 26, label: 'PER' },
    { id: 'e3', start: 9, end: 19, label: 'TITLE' },
    { id: 'e4', start: 29, end: 36, label: 'GPE' },
  ];

  it('picks the innermost span under the caret', () => {
    expect(spanAtCaret(spans, 9)?.id).toBe('e3');
    expect(spanAtCaret(spans, 20)?.id).toBe('e2');
    expect(spanAtCaret(spans, 30)?.id).toBe('e4');
  });

  it('breaks ties between equally long spans by document order', () => {
    const tied: EntitySpan[] = [
      { id: 'e2', start: 4, end: 8, label: 'B' },
      { id: 'e1', start: 2, end: 6, label: 'A' },
    ];
    expect(spanAtCaret(tied, 5)?.id).toBe('e2');
    expect(spanAtCaret([...tied].reverse(), 5)?.id).toBe('e2');
  });

  it('treats the end as outside the span', () => {
    expect(spanAtCaret(spans, 26)).toBeUndefined();
    expect(spanAtCaret(spans, 36)).toBeUndefined();
    expect(spanAtCaret([], 0)).toBeUndefined();
  });
});

describe('nextSpan and previousSpan', () => {
  const spans: EntitySpan[] = [
    { id: 'e4', start: 29, end: 36, label: 'GPE' },
    { id: 'e2', start: 15, end: 26, label: 'PER' },
    { id: 'e3', start: 9, end: 14, label: 'TITLE' },
    { id: 'e1', start: 9, end: 26, label: 'PER' },
  ];

  it('tab through spans in document order, longer first at equal starts', () => {
    const order: string[] = [];
    let current = nextSpan(spans, 0);
    while (current !== undefined) {
      order.push(current.id);
      current = nextSpan(spans, current.start, current.id);
    }
    expect(order).toEqual(['e1', 'e3', 'e2', 'e4']);
  });

  it('shift+tab walks the same order backwards', () => {
    const order: string[] = [];
    let current = previousSpan(spans, 100);
    while (current !== undefined) {
      order.push(current.id);
      current = previousSpan(spans, current.start, current.id);
    }
    expect(order).toEqual(['e4', 'e2', 'e3', 'e1']);
  });

  it('from a bare caret, goes to the span at or after it, or before it', () => {
    expect(nextSpan(spans, 9)?.id).toBe('e1');
    expect(nextSpan(spans, 10)?.id).toBe('e2');
    expect(previousSpan(spans, 15)?.id).toBe('e3');
    expect(previousSpan(spans, 9)).toBeUndefined();
    expect(nextSpan(spans, 30)).toBeUndefined();
  });

  it('falls back to the caret when the current span is gone', () => {
    expect(nextSpan(spans, 10, 'e99')?.id).toBe('e2');
  });
});
