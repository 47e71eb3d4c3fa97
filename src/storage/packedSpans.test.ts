import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { packSpans, unpackSpans } from './packedSpans.ts';

describe('packSpans', () => {
  it('keeps each distinct label once and points every span at it', () => {
    const packed = packSpans([
      { id: 'e1', start: 0, end: 3, label: 'GPE' },
      { id: 'e2', start: 4, end: 9, label: 'ORG' },
      { id: 'e10', start: 4, end: 6, label: 'GPE' },
    ]);
    expect(packed.labels).toEqual(['GPE', 'ORG']);
    expect([...packed.labelOf]).toEqual([0, 1, 0]);
    expect(packed.ids).toBe('e1e2e10');
    expect([...packed.idEnds]).toEqual([2, 4, 7]);
    expect([...packed.starts]).toEqual([0, 4, 4]);
    expect([...packed.ends]).toEqual([3, 9, 6]);
  });

  it('unpacks to the same spans in the same order, whatever the ids and labels hold', () => {
    const span = fc.record({
      id: fc.string({ unit: 'grapheme' }),
      start: fc.nat(),
      end: fc.nat(),
      label: fc.oneof(fc.constantFrom('PERS', 'GPE', 'ORG'), fc.string({ unit: 'binary' })),
    });
    fc.assert(
      fc.property(fc.array(span), (spans) => {
        expect(unpackSpans(packSpans(spans))).toEqual(spans);
      }),
    );
  });

  it('survives structured cloning, as IndexedDB stores it', () => {
    const spans = [{ id: 'سمة١', start: 2, end: 7, label: 'PERS' }, { id: '', start: 0, end: 0, label: '' }];
    expect(unpackSpans(structuredClone(packSpans(spans)))).toEqual(spans);
  });
});
