import { describe, expect, it } from 'vitest';
import type { AgreementLayers } from '../agreement/agreementInput.ts';
import { acceptAgreedIntoGold, acceptIntoGold, addGoldSpan, relabelGoldSpan, removeFromGold, removeGoldSpan, resizeGoldSpan } from './goldEdits.ts';
import { eventValue, reviewItems } from './reviewItems.ts';
import type { GoldLayers } from './reviewItems.ts';

const EMPTY: GoldLayers = { entities: [], events: [], stance: [] };

const amal: AgreementLayers = {
  status: 'done',
  entities: [
    { id: 'e1', start: 0, end: 5, label: 'PERS' },
    { id: 'e2', start: 20, end: 25, label: 'GPE' },
    { id: 'e3', start: 30, end: 40, label: 'ORG' },
  ],
  events: [{ id: 'v1', type: 'Justice:Arrest-Jail', trigger: { start: 10, end: 15 }, arguments: [{ role: 'Person', entity: 'e1' }] }],
  stance: [{ id: 's1', target: 'الرباط', targetEntity: 'e2', label: 'FAVOR' }],
};
const omar: AgreementLayers = {
  status: 'done',
  entities: [
    { id: 'e7', start: 0, end: 5, label: 'PERS' },
    { id: 'e8', start: 20, end: 25, label: 'LOC' },
  ],
  events: [{ id: 'v4', type: 'Justice:Arrest-Jail', trigger: { start: 10, end: 15 }, arguments: [{ role: 'Person', entity: 'e7' }] }],
  stance: [{ id: 's9', target: 'الرباط', targetEntity: null, label: 'FAVOR' }],
};
const versions = [
  { annotator: 'amal', layers: amal },
  { annotator: 'omar', layers: omar },
];

describe('gold edits', () => {
  it('accepting all agreed items copies agreed spans, events and stance, with fresh ids', () => {
    const gold = acceptAgreedIntoGold(EMPTY, reviewItems(versions, null))!;
    // The agreed stance is about a span whose label is disputed: the span comes along, as the first annotator has it.
    expect(gold.entities).toEqual([{ id: 'e1', start: 0, end: 5, label: 'PERS' }, { id: 'e2', start: 20, end: 25, label: 'GPE' }]);
    expect(gold.events).toEqual([{ id: 'v1', type: 'Justice:Arrest-Jail', trigger: { start: 10, end: 15 }, arguments: [{ role: 'Person', entity: 'e1' }] }]);
    expect(gold.stance).toEqual([{ id: 's1', target: 'الرباط', targetEntity: 'e2', label: 'FAVOR' }]);
    expect(acceptAgreedIntoGold(gold, reviewItems(versions, gold))).toBeNull();
  });

  it('accepting one label replaces the other in place, keeping the span id', () => {
    let gold = acceptAgreedIntoGold(EMPTY, reviewItems(versions, null))!;
    const items = reviewItems(versions, gold);
    const label = items.find((i) => i.kind === 'label')!;
    expect(label.variants.map((v) => v.key)).toEqual(['20:25:GPE', '20:25:LOC']);
    gold = acceptIntoGold(gold, label, 1)!;
    expect(gold.entities.find((e) => e.start === 20)).toEqual({ id: 'e2', start: 20, end: 25, label: 'LOC' });
    gold = acceptIntoGold(gold, reviewItems(versions, gold).find((i) => i.id === label.id)!, 0)!;
    expect(gold.entities.filter((e) => e.start === 20)).toEqual([{ id: 'e2', start: 20, end: 25, label: 'GPE' }]);
    expect(acceptIntoGold(gold, reviewItems(versions, gold).find((i) => i.id === label.id)!, 0)).toBeNull();
  });

  it('accepts a missing span and removes it again', () => {
    const missing = reviewItems(versions, EMPTY).find((i) => i.kind === 'missing' && i.layer === 'entity')!;
    const gold = acceptIntoGold(EMPTY, missing, 0)!;
    expect(gold.entities).toEqual([{ id: 'e1', start: 30, end: 40, label: 'ORG' }]);
    expect(removeFromGold(gold, missing)).toEqual(EMPTY);
    expect(removeFromGold(EMPTY, missing)).toBeNull();
  });

  it('leaves an item where the reviewer put a version of their own', () => {
    const own: GoldLayers = { ...EMPTY, entities: [{ id: 'e1', start: 0, end: 4, label: 'PERS' }] };
    const spansOnly = versions.map(({ annotator, layers }) => ({ annotator, layers: { ...layers, events: [], stance: [] } }));
    expect(acceptAgreedIntoGold(own, reviewItems(spansOnly, own))).toBeNull();
    // An agreed event still brings the span its argument needs.
    const gold = acceptAgreedIntoGold(own, reviewItems(versions, own))!;
    expect(gold.entities.filter((e) => e.start === 0).map((e) => e.end)).toEqual([5, 4]);
  });
});

describe('gold span edits', () => {
  it('adds a span once, in text order, and removes it', () => {
    const gold: GoldLayers = { ...EMPTY, entities: [{ id: 'e1', start: 10, end: 15, label: 'GPE' }] };
    const added = addGoldSpan(gold, { start: 0, end: 5, label: 'PERS' })!;
    expect(added.entities).toEqual([{ id: 'e2', start: 0, end: 5, label: 'PERS' }, { id: 'e1', start: 10, end: 15, label: 'GPE' }]);
    expect(addGoldSpan(added, { start: 0, end: 5, label: 'PERS' })).toBeNull();
    expect(addGoldSpan(added, { start: 5, end: 5, label: 'PERS' })).toBeNull();
    expect(removeGoldSpan(added, { start: 0, end: 5, label: 'PERS' })).toEqual(gold);
    expect(removeGoldSpan(gold, { start: 0, end: 5, label: 'PERS' })).toBeNull();
  });
});

describe('relabelling a gold span', () => {
  const gold: GoldLayers = {
    entities: [
      { id: 'e1', start: 0, end: 5, label: 'PERS' },
      { id: 'e2', start: 20, end: 25, label: 'GPE' },
      { id: 'e3', start: 20, end: 25, label: 'FAC' },
    ],
    events: [{ id: 'v1', type: 'Justice:Arrest-Jail', trigger: { start: 10, end: 15 }, arguments: [{ role: 'Place', entity: 'e2' }] }],
    stance: [{ id: 's1', target: 'الرباط', targetEntity: 'e2', label: 'FAVOR' }],
  };

  it('changes the label in place, keeping the id the event argument and stance target point at', () => {
    const next = relabelGoldSpan(gold, { start: 20, end: 25, label: 'GPE' }, 'LOC')!;
    expect(next.entities).toEqual([
      { id: 'e1', start: 0, end: 5, label: 'PERS' },
      { id: 'e3', start: 20, end: 25, label: 'FAC' },
      { id: 'e2', start: 20, end: 25, label: 'LOC' },
    ]);
    expect(next.events[0]!.arguments).toEqual([{ role: 'Place', entity: 'e2' }]);
    expect(next.stance[0]!.targetEntity).toBe('e2');
    // The event, as the review compares it, now has the relabelled span as its argument.
    expect(eventValue(next.events[0]!, next.entities).arguments).toEqual([{ role: 'Place', span: { start: 20, end: 25, label: 'LOC' } }]);
    expect(gold.entities[1]).toEqual({ id: 'e2', start: 20, end: 25, label: 'GPE' });
  });

  it('refuses a label gold already has on those offsets, the same label, no label and a span gold lacks', () => {
    expect(relabelGoldSpan(gold, { start: 20, end: 25, label: 'GPE' }, 'FAC')).toBeNull();
    expect(relabelGoldSpan(gold, { start: 20, end: 25, label: 'GPE' }, 'GPE')).toBeNull();
    expect(relabelGoldSpan(gold, { start: 20, end: 25, label: 'GPE' }, '')).toBeNull();
    expect(relabelGoldSpan(gold, { start: 0, end: 4, label: 'PERS' }, 'ORG')).toBeNull();
    expect(relabelGoldSpan(EMPTY, { start: 0, end: 5, label: 'PERS' }, 'ORG')).toBeNull();
  });
});

describe('resizing a gold span', () => {
  const gold: GoldLayers = {
    entities: [
      { id: 'e1', start: 0, end: 5, label: 'PERS' },
      { id: 'e2', start: 20, end: 25, label: 'GPE' },
      { id: 'e3', start: 20, end: 30, label: 'GPE' },
    ],
    events: [{ id: 'v1', type: 'Justice:Arrest-Jail', trigger: { start: 10, end: 15 }, arguments: [{ role: 'Place', entity: 'e2' }] }],
    stance: [{ id: 's1', target: 'الرباط', targetEntity: 'e2', label: 'FAVOR' }],
  };

  it('moves the edges, keeping the id events and stance point at, and keeps text order', () => {
    const next = resizeGoldSpan(gold, 'e2', () => ({ start: 16, end: 25 }))!;
    expect(next.entities).toEqual([
      { id: 'e1', start: 0, end: 5, label: 'PERS' },
      { id: 'e2', start: 16, end: 25, label: 'GPE' },
      { id: 'e3', start: 20, end: 30, label: 'GPE' },
    ]);
    expect(eventValue(next.events[0]!, next.entities).arguments).toEqual([{ role: 'Place', span: { start: 16, end: 25, label: 'GPE' } }]);
    expect(next.stance).toBe(gold.stance);
    expect(gold.entities[1]).toEqual({ id: 'e2', start: 20, end: 25, label: 'GPE' });
  });

  it('gives bounds the span as stored', () => {
    const seen: unknown[] = [];
    resizeGoldSpan(gold, 'e1', (span) => {
      seen.push(span);
      return { start: span.start, end: span.end + 1 };
    });
    expect(seen).toEqual([{ id: 'e1', start: 0, end: 5, label: 'PERS' }]);
  });

  it('refuses a missing span, no move, an empty or bad range, and a span gold already has', () => {
    expect(resizeGoldSpan(gold, 'e9', () => ({ start: 0, end: 3 }))).toBeNull();
    expect(resizeGoldSpan(gold, 'e1', () => null)).toBeNull();
    expect(resizeGoldSpan(gold, 'e1', () => ({ start: 0, end: 5 }))).toBeNull();
    expect(resizeGoldSpan(gold, 'e1', () => ({ start: 3, end: 3 }))).toBeNull();
    expect(resizeGoldSpan(gold, 'e1', () => ({ start: -1, end: 3 }))).toBeNull();
    expect(resizeGoldSpan(gold, 'e1', () => ({ start: 0.5, end: 3 }))).toBeNull();
    expect(resizeGoldSpan(gold, 'e2', () => ({ start: 20, end: 30 }))).toBeNull();
  });
});
