import { describe, expect, it } from 'vitest';
import type { EntitySpan } from '../model/annotation.ts';
import type { AgreementLayers } from './agreementInput.ts';
import { disagreementFromPairs, documentDisagreement, pairLayerAgreement } from './documentDisagreement.ts';

const entity = (id: string, start: number, end: number, label: string): EntitySpan => ({ id, start, end, label });
const only = (entities: EntitySpan[], stance: AgreementLayers['stance'] = []): AgreementLayers => ({
  entities,
  events: [],
  stance,
});

describe('document disagreement', () => {
  it('is 0 for identical work, including identical empty work', () => {
    const work = only([entity('a', 0, 3, 'PER')]);
    expect(documentDisagreement([work, work, work])).toBe(0);
    expect(documentDisagreement([only([]), only([])])).toBe(0);
  });

  it('is 1 when nothing agrees', () => {
    expect(documentDisagreement([only([entity('a', 0, 3, 'PER')]), only([entity('b', 0, 3, 'LOC')])])).toBe(1);
  });

  it('averages the layers that have something, then the pairs', () => {
    const a = only([entity('a', 0, 3, 'PER'), entity('b', 4, 6, 'GPE')], [{ id: 's', target: 't', targetEntity: null, label: 'favour' }]);
    const b = only([entity('a', 0, 3, 'PER')], [{ id: 's', target: 't', targetEntity: null, label: 'against' }]);
    // Entities exact 2·1/3, stance 0, events none: pair agreement 1/3.
    expect(pairLayerAgreement(a, b)).toEqual({ entities: 2 / 3, eventTypes: null, eventArguments: null, stance: 0 });
    expect(documentDisagreement([a, b])).toBeCloseTo(2 / 3, 12);
    // With a third annotator equal to a: pairs a–b 1/3, a–a' 1, b–a' 1/3.
    expect(documentDisagreement([a, b, a])).toBeCloseTo(1 - (1 / 3 + 1 + 1 / 3) / 3, 12);
  });

  it('is null with fewer than two annotators', () => {
    expect(documentDisagreement([only([])])).toBeNull();
    expect(disagreementFromPairs([])).toBeNull();
  });
});
