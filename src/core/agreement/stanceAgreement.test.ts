import { describe, expect, it } from 'vitest';
import type { StanceAnnotation } from '../model/annotation.ts';
import { nominalAlphaFromUnits } from './krippendorffAlpha.ts';
import { stanceAlpha, stanceDocumentAgreement, stanceKappa, stanceLabelsByTarget } from './stanceAgreement.ts';

let counter = 0;
const stance = (target: string, label: string, targetEntity: string | null = null): StanceAnnotation => ({
  id: `s${counter++}`,
  target,
  targetEntity,
  label,
});

describe('stance agreement', () => {
  it('kappa pools the (document, target) units both annotators labelled', () => {
    // Units: (d1, الحكومة) against/against, (d1, وزارة الخارجية) favour/neutral, (d2, الحكومة) favour/favour,
    // (d2, البرلمان) labelled by A only: left out. Matrix over against, favour, neutral:
    // A: against 1, favour 2; B: against 1, favour 1, neutral 1; agreement 2/3.
    const result = stanceKappa([
      {
        a: [stance('الحكومة', 'against'), stance('وزارة الخارجية', 'favour')],
        b: [stance('وزارة الخارجية', 'neutral'), stance('الحكومة', 'against')],
      },
      { a: [stance('الحكومة', 'favour'), stance('البرلمان', 'against')], b: [stance('الحكومة', 'favour')] },
    ]);
    // (N·agree − Σ r·c) / (N² − Σ r·c) = (3·2 − (1·1 + 2·1)) / (9 − 3) = 3/6.
    expect(result.value).toBe(0.5);
    expect(result.items).toBe(3);
  });

  it('identifies a target by its trimmed NFC text, not by the entity id', () => {
    // "é" composed and decomposed, with stray spaces, and different entity ids.
    const a = stanceLabelsByTarget([stance(' Caf\u00e9 ', 'favour', 'e1')]);
    const b = stanceLabelsByTarget([stance('Cafe\u0301', 'favour', 'x7')]);
    expect([...a.keys()]).toEqual([...b.keys()]);
    expect(stanceDocumentAgreement(a, b)).toBe(1);
  });

  it('a target labelled twice by one annotator keeps its first label', () => {
    expect(stanceLabelsByTarget([stance('t', 'favour'), stance('t', 'against')]).get('t')).toBe('favour');
  });

  it('alpha takes every annotator, with missing values for unlabelled targets and absent annotators', () => {
    const result = stanceAlpha([
      [[stance('t1', 'favour'), stance('t2', 'against')], [stance('t1', 'favour')], [stance('t2', 'neutral')]],
      [[stance('t1', 'against')], undefined, [stance('t1', 'against')]],
      [[stance('t9', 'favour')], undefined, undefined],
    ]);
    expect(result).toEqual(
      nominalAlphaFromUnits([
        ['favour', 'favour'],
        ['against', 'neutral'],
        ['against', 'against'],
      ]),
    );
  });

  it('document agreement: same labels over the targets either labelled; null when none', () => {
    const a = stanceLabelsByTarget([stance('t1', 'favour'), stance('t2', 'against')]);
    const b = stanceLabelsByTarget([stance('t1', 'favour'), stance('t3', 'neutral')]);
    expect(stanceDocumentAgreement(a, b)).toBeCloseTo(1 / 3, 12);
    expect(stanceDocumentAgreement(new Map(), new Map())).toBeNull();
  });

  it('kappa and alpha are null when there is nothing to compare', () => {
    expect(stanceKappa([{ a: [stance('t', 'favour')], b: [] }]).value).toBeNull();
    expect(stanceAlpha([[[stance('t', 'favour')], []]]).value).toBeNull();
  });
});
