import { describe, expect, it } from 'vitest';
import type { AgreementLayers } from '../agreement/agreementInput.ts';
import type { EntitySpan } from '../model/annotation.ts';
import { reviewItems } from './reviewItems.ts';
import type { ReviewItem } from './reviewItem.ts';

function layers(entities: [number, number, string][], extra: Partial<AgreementLayers> = {}): AgreementLayers {
  return {
    status: 'in_progress',
    entities: entities.map(([start, end, label], i): EntitySpan => ({ id: `e${i + 1}`, start, end, label })),
    events: [],
    stance: [],
    ...extra,
  };
}

function summary(items: ReviewItem[]) {
  return items.map((item) => ({ kind: item.kind, variants: item.variants.map((v) => `${v.key}@${v.annotators.join('+') || 'gold'}`), lacking: item.lacking }));
}

describe('reviewItems: entities', () => {
  it('marks agreement, a missing span, a label and a boundary disagreement', () => {
    const items = reviewItems(
      [
        { annotator: 'amal', layers: layers([[0, 5, 'GPE'], [10, 20, 'ORG'], [30, 35, 'PERS'], [40, 48, 'LOC']]) },
        { annotator: 'omar', layers: layers([[0, 5, 'GPE'], [10, 20, 'GPE'], [40, 45, 'LOC']]) },
      ],
      null,
    );
    expect(summary(items)).toEqual([
      { kind: 'agreed', variants: ['0:5:GPE@amal+omar'], lacking: [] },
      { kind: 'label', variants: ['10:20:ORG@amal', '10:20:GPE@omar'], lacking: [] },
      { kind: 'missing', variants: ['30:35:PERS@amal'], lacking: ['omar'] },
      { kind: 'boundary', variants: ['40:48:LOC@amal', '40:45:LOC@omar'], lacking: [] },
    ]);
    expect(items[3]!.range).toEqual({ start: 40, end: 48 });
  });

  it('keeps nested spans both annotators have as agreed, and overlapping spans of other labels apart', () => {
    const both = layers([[0, 20, 'FAC'], [4, 20, 'ORG']]);
    const items = reviewItems([{ annotator: 'a', layers: both }, { annotator: 'b', layers: both }], null);
    expect(summary(items).map((i) => i.kind)).toEqual(['agreed', 'agreed']);
  });

  it('ignores an annotator who has not annotated the document', () => {
    const items = reviewItems(
      [
        { annotator: 'a', layers: layers([[0, 5, 'GPE']]) },
        { annotator: 'b', layers: layers([[0, 5, 'GPE']]) },
        { annotator: 'c', layers: { ...layers([]), status: 'new' } },
      ],
      null,
    );
    expect(summary(items)).toEqual([{ kind: 'agreed', variants: ['0:5:GPE@a+b'], lacking: [] }]);
  });

  it('shows which variant gold holds, and gold-only spans beside their group or alone', () => {
    const items = reviewItems(
      [
        { annotator: 'a', layers: layers([[0, 5, 'GPE'], [10, 20, 'ORG']]) },
        { annotator: 'b', layers: layers([[10, 20, 'GPE']]) },
      ],
      { entities: [{ id: 'e1', start: 0, end: 5, label: 'GPE' }, { id: 'e2', start: 10, end: 18, label: 'ORG' }, { id: 'e3', start: 50, end: 55, label: 'LOC' }], events: [], stance: [] },
    );
    expect(items.map((i) => ({ kind: i.kind, gold: i.variants.filter((v) => v.inGold).map((v) => v.key) }))).toEqual([
      { kind: 'missing', gold: ['0:5:GPE'] },
      { kind: 'label', gold: ['10:18:ORG'] },
      { kind: 'gold-only', gold: ['50:55:LOC'] },
    ]);
    expect(items[1]!.variants.map((v) => v.key)).toEqual(['10:20:ORG', '10:20:GPE', '10:18:ORG']);
  });
});

describe('reviewItems: events and stance', () => {
  const entities = layers([[0, 5, 'PERS'], [20, 25, 'GPE']]).entities;
  const arrest = { id: 'v1', type: 'Justice:Arrest-Jail', trigger: { start: 10, end: 15 }, arguments: [{ role: 'Person', entity: 'e1' }] };

  it('tells an event type disagreement from an argument disagreement', () => {
    const items = reviewItems(
      [
        { annotator: 'a', layers: { status: 'in_progress', entities, stance: [], events: [arrest] } },
        { annotator: 'b', layers: { status: 'in_progress', entities, stance: [], events: [{ ...arrest, arguments: [...arrest.arguments, { role: 'Place', entity: 'e2' }] }] } },
        { annotator: 'c', layers: { status: 'in_progress', entities, stance: [], events: [arrest] } },
      ],
      null,
    );
    const event = items.find((i) => i.layer === 'event')!;
    expect(event.kind).toBe('argument');
    expect(event.variants.map((v) => v.annotators)).toEqual([['a', 'c'], ['b']]);

    const typed = reviewItems(
      [
        { annotator: 'a', layers: { status: 'in_progress', entities, stance: [], events: [arrest] } },
        { annotator: 'b', layers: { status: 'in_progress', entities, stance: [], events: [{ ...arrest, type: 'Conflict:Attack' }] } },
      ],
      null,
    );
    expect(typed.find((i) => i.layer === 'event')!.kind).toBe('event-type');
  });

  it('compares stance by target text, whatever mention it points at', () => {
    const items = reviewItems(
      [
        { annotator: 'a', layers: { status: 'in_progress', entities, events: [], stance: [{ id: 's1', target: 'المغرب', targetEntity: 'e2', label: 'FAVOR' }] } },
        { annotator: 'b', layers: { status: 'in_progress', entities, events: [], stance: [{ id: 's1', target: ' المغرب', targetEntity: null, label: 'AGAINST' }] } },
      ],
      null,
    );
    const stance = items.find((i) => i.layer === 'stance')!;
    expect(stance.kind).toBe('stance');
    expect(stance.range).toEqual({ start: 20, end: 25 });
    expect(stance.variants.map((v) => v.value)).toEqual([
      { target: 'المغرب', label: 'FAVOR', entity: { start: 20, end: 25, label: 'GPE' } },
      { target: ' المغرب', label: 'AGAINST', entity: null },
    ]);
  });
});
