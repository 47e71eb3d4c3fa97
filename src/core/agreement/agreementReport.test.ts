import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EntitySpan, EventAnnotation, StanceAnnotation } from '../model/annotation.ts';
import type { AgreementDocument, AgreementLayers } from './agreementInput.ts';
import { computeAgreement, defaultAnnotators } from './agreementReport.ts';
import { cohenKappaFromMatrix } from './cohenKappa.ts';
import { documentDisagreement } from './documentDisagreement.ts';
import { nominalAlphaFromUnits } from './krippendorffAlpha.ts';
import { labelConfusion } from './labelConfusion.ts';
import { spanAgreement } from './spanAgreement.ts';

const entity = (id: string, start: number, end: number, label: string): EntitySpan => ({ id, start, end, label });
const stance = (target: string, label: string): StanceAnnotation => ({ id: `s-${target}`, target, targetEntity: null, label });
const arrest = (place: string): EventAnnotation => ({
  id: 'v1',
  type: 'Justice:Arrest-Jail',
  trigger: { start: 6, end: 10 },
  arguments: [
    { role: 'Person', entity: 'per' },
    { role: 'Place', entity: place },
  ],
});
const layers = (entities: EntitySpan[], events: EventAnnotation[] = [], stances: StanceAnnotation[] = []): AgreementLayers => ({
  entities,
  events,
  stance: stances,
});
const doc = (docId: string, text: string, annotations: Record<string, AgreementLayers>): AgreementDocument => ({
  docId,
  text,
  annotations: new Map(Object.entries(annotations)),
});

// d1 "الأمن يوقف عصابة في الدار البيضاء": يوقف 6..10, عصابة 11..16, الدار البيضاء 20..33, البيضاء 26..33.
// d2 "زار الرئيس مصر": مصر 11..14.
const input = {
  documents: [
    doc('d1', 'الأمن يوقف عصابة في الدار البيضاء', {
      ali: layers([entity('per', 11, 16, 'PER'), entity('gpe', 20, 33, 'GPE')], [arrest('gpe')], [stance('الأمن', 'favour')]),
      sara: layers([entity('per', 11, 16, 'PER'), entity('gpe2', 26, 33, 'GPE')], [arrest('gpe2')], [stance('الأمن', 'favour')]),
    }),
    doc('d2', 'زار الرئيس مصر', {
      ali: layers([entity('e', 11, 14, 'GPE')], [], [stance('مصر', 'neutral')]),
      sara: layers([entity('e', 11, 14, 'GPE')], [], [stance('مصر', 'against')]),
      omar: layers([entity('e', 11, 14, 'LOC')], [], [stance('مصر', 'neutral')]),
      gold: layers([entity('e', 11, 14, 'GPE')]),
    }),
    doc('d3', 'نص', { ali: layers([]) }),
  ],
};

describe('computeAgreement: a hand-checked corpus', () => {
  const report = computeAgreement(input);

  it('has exactly the keys of issue 6, plus the extras', () => {
    expect(Object.keys(report)).toEqual([
      'annotators',
      'documents',
      'entities',
      'events',
      'stance',
      'per_document',
      'confusion',
      'notes',
    ]);
    expect(Object.keys(report.entities)).toEqual(['pairs', 'char_alpha', 'per_label']);
    expect(Object.keys(report.entities.pairs[0] ?? {})).toEqual(['a', 'b', 'exact_f1', 'overlap_f1', 'char_kappa']);
    expect(Object.keys(report.events.pairs[0] ?? {})).toEqual(['a', 'b', 'trigger_f1', 'type_f1', 'argument_f1']);
    expect(Object.keys(report.stance)).toEqual(['pairs', 'alpha']);
    expect(Object.keys(report.stance.pairs[0] ?? {})).toEqual(['a', 'b', 'kappa']);
    // null, never NaN: the JSON text reads back the same.
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('leaves gold out by default and counts documents annotated by at least two', () => {
    expect(report.annotators).toEqual(['ali', 'omar', 'sara']);
    expect(report.documents).toBe(2);
    expect(report.confusion.map(({ a, b, documents }) => [a, b, documents])).toEqual([
      ['ali', 'omar', 1],
      ['ali', 'sara', 2],
      ['omar', 'sara', 1],
    ]);
  });

  it('entity pairs: exact and overlap F1 micro-averaged, char_kappa pooled over shared documents', () => {
    const [aliOmar, aliSara, omarSara] = report.entities.pairs;
    // ali–sara: PER agrees, GPE differs by boundary (d1), GPE agrees (d2): exact 2·2/6, overlap 1.
    // Units (rows ali, columns sara): O/O 20, PER/PER 5, GPE/GPE 10, GPE/O 5; N 40, kappa (40·35 − 675) / (1600 − 675).
    expect(aliSara).toEqual({ a: 'ali', b: 'sara', exact_f1: 2 / 3, overlap_f1: 1, char_kappa: 725 / 925 });
    // ali–omar on d2 only: GPE against LOC; units O/O 9, GPE/LOC 3: (12·9 − 81) / (144 − 81) = 3/7.
    expect(aliOmar?.exact_f1).toBe(0);
    expect(aliOmar?.overlap_f1).toBe(0);
    expect(aliOmar?.char_kappa).toBeCloseTo(3 / 7, 12);
    expect(omarSara?.char_kappa).toBeCloseTo(3 / 7, 12);
  });

  it('char_alpha: every document with two annotators, three coders on d2', () => {
    const units = [
      ...Array(11).fill(['O', 'O']),
      ...Array(5).fill(['PER', 'PER']),
      ...Array(7).fill(['GPE', 'GPE']),
      ...Array(5).fill(['GPE', 'O']),
      ...Array(9).fill(['O', 'O', 'O']),
      ...Array(3).fill(['GPE', 'LOC', 'GPE']),
    ];
    // By hand: n 92, Σ o_cc 76, n_c O 54, PER 10, GPE 25, LOC 3: 1 − 91·16 / (92² − 3650).
    expect(report.entities.char_alpha).toBeCloseTo(1 - (91 * 16) / (92 * 92 - 3650), 12);
    expect(report.entities.char_alpha).toBeCloseTo(nominalAlphaFromUnits(units).value as number, 12);
  });

  it('per label: pooled over every pair', () => {
    expect(report.entities.per_label).toEqual({
      GPE: { exact_f1: 1 / 3, overlap_f1: 2 / 3 },
      LOC: { exact_f1: 0, overlap_f1: 0 },
      PER: { exact_f1: 1, overlap_f1: 1 },
    });
  });

  it('events: trigger and type agree, one argument of two differs by its span', () => {
    expect(report.events.pairs).toEqual([
      { a: 'ali', b: 'omar', trigger_f1: null, type_f1: null, argument_f1: null },
      { a: 'ali', b: 'sara', trigger_f1: 1, type_f1: 1, argument_f1: 0.5 },
      { a: 'omar', b: 'sara', trigger_f1: null, type_f1: null, argument_f1: null },
    ]);
  });

  it('stance: pairwise kappa over shared targets, alpha over all', () => {
    // ali–sara: (favour, favour), (neutral, against): (2·1 − 1) / (4 − 1).
    expect(report.stance.pairs).toEqual([
      { a: 'ali', b: 'omar', kappa: null },
      { a: 'ali', b: 'sara', kappa: 1 / 3 },
      { a: 'omar', b: 'sara', kappa: 0 },
    ]);
    expect(report.stance.alpha).toBe(
      nominalAlphaFromUnits([
        ['favour', 'favour'],
        ['neutral', 'neutral', 'against'],
      ]).value,
    );
    expect(report.notes).toContainEqual({ kind: 'pair-undefined', metric: 'stance_kappa', a: 'ali', b: 'omar', reason: 'one-category' });
  });

  it('per document: worst first, unscored last', () => {
    // d1: ali–sara exact 0.5, event types 1, arguments 0.5, stance 1 → 1 − 0.75.
    // d2: ali–omar (0 + 1)/2, ali–sara (1 + 0)/2, omar–sara (0 + 0)/2 → 1 − 1/3.
    expect(report.per_document).toEqual([
      { id: 'd2', annotators: ['ali', 'omar', 'sara'], disagreement: expect.closeTo(2 / 3, 12) },
      { id: 'd1', annotators: ['ali', 'sara'], disagreement: 0.25 },
      { id: 'd3', annotators: ['ali'], disagreement: null },
    ]);
  });

  it('confusion matrices share their axes: O first, then labels in order', () => {
    const aliSara = report.confusion[1];
    expect(aliSara?.labels).toEqual(['O', 'GPE', 'LOC', 'PER']);
    expect(aliSara?.counts).toEqual([
      [20, 0, 0, 0],
      [5, 10, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 5],
    ]);
  });
});

describe('computeAgreement: options and edge cases', () => {
  it('follows the chosen annotators and their order; gold can be chosen', () => {
    const report = computeAgreement(input, { annotators: ['sara', 'ali', 'gold'] });
    expect(report.annotators).toEqual(['sara', 'ali', 'gold']);
    expect(report.entities.pairs.map(({ a, b }) => `${a}-${b}`)).toEqual(['sara-ali', 'sara-gold', 'ali-gold']);
    // Symmetric figures: the same as ali–sara.
    expect(report.entities.pairs[0]).toMatchObject({ exact_f1: 2 / 3, overlap_f1: 1, char_kappa: 725 / 925 });
    expect(report.entities.pairs[2]).toMatchObject({ exact_f1: 1, overlap_f1: 1 });
  });

  it('an untouched set (status new, nothing in it) counts as not annotated', () => {
    const report = computeAgreement({
      documents: [
        doc('d', 'abc', {
          a: { ...layers([entity('x', 0, 1, 'X')]), status: 'done' },
          b: { ...layers([]), status: 'new' },
        }),
      ],
    });
    expect(report.documents).toBe(0);
    expect(report.entities.pairs[0]).toMatchObject({ exact_f1: null, overlap_f1: null, char_kappa: null });
    expect(report.notes).toContainEqual({ kind: 'no-common-documents', a: 'a', b: 'b' });
  });

  it('no annotators, or one: empty pairs and a note', () => {
    expect(defaultAnnotators({ documents: [] })).toEqual([]);
    const report = computeAgreement({ documents: [doc('d', 'abc', { a: layers([]) })] });
    expect(report.entities.pairs).toEqual([]);
    expect(report.entities.char_alpha).toBeNull();
    expect(report.notes).toContainEqual({ kind: 'too-few-annotators' });
  });

  it('per document: equal scores keep the order the documents were given', () => {
    const same = { a: layers([entity('x', 0, 2, 'GPE')]), b: layers([entity('y', 0, 2, 'LOC')]) };
    const report = computeAgreement({ documents: [doc('z', 'ab c', same), doc('m', 'ab c', same), doc('a', 'ab c', same)] });
    expect(report.per_document.map((d) => d.id)).toEqual(['z', 'm', 'a']);
  });

  it('nobody annotated anything: F1 null, kappa and alpha null with reasons', () => {
    const report = computeAgreement({ documents: [doc('d', 'abc', { a: layers([]), b: layers([]) })] });
    expect(report.entities.pairs).toEqual([{ a: 'a', b: 'b', exact_f1: null, overlap_f1: null, char_kappa: null }]);
    expect(report.per_document).toEqual([{ id: 'd', annotators: ['a', 'b'], disagreement: 0 }]);
    expect(report.notes).toContainEqual({ kind: 'corpus-undefined', metric: 'char_alpha', reason: 'no-variation' });
  });

  it('many labels (the tallies grow as labels turn up): the same matrix as labelConfusion, axes sorted', () => {
    const text = 'x'.repeat(40);
    const spans = (from: number, shift: number) =>
      Array.from({ length: 20 }, (_, i) => entity(`e${i}`, 2 * i, 2 * i + 1 + shift, `L${String(from + i).padStart(2, '0')}`));
    const documents = [
      doc('d1', text, { a: layers(spans(20, 0)), b: layers(spans(20, 1)) }),
      doc('d2', text, { a: layers(spans(0, 1)), b: layers(spans(0, 0)) }),
    ];
    const report = computeAgreement({ documents });
    const expected = labelConfusion(
      documents.map((d) => ({ text: d.text, a: d.annotations.get('a')?.entities ?? [], b: d.annotations.get('b')?.entities ?? [] })),
    );
    expect(report.confusion[0]?.labels).toEqual(expected.labels);
    expect(report.confusion[0]?.labels.slice(0, 3)).toEqual(['O', 'L00', 'L01']);
    expect(report.confusion[0]?.counts).toEqual(expected.counts);
    expect(Object.keys(report.entities.per_label)).toHaveLength(40);
    expect(report.entities.pairs[0]?.char_kappa).toBeCloseTo(cohenKappaFromMatrix(expected.counts).value as number, 12);
  });

  it('rejects entity offsets outside the text, naming the document and annotator', () => {
    expect(() => computeAgreement({ documents: [doc('d9', 'ab', { a: layers([entity('e7', 0, 5, 'X')]), b: layers([]) })] })).toThrow(
      /document d9, annotator a: entity e7 has offsets 0\.\.5/,
    );
  });

  it('each call starts afresh: no label, count or failure of an earlier call shows in the next', () => {
    const first = computeAgreement(input);
    const many = Array.from({ length: 40 }, (_, i) => entity(`m${i}`, i, i + 1, `M${i}`));
    computeAgreement({ documents: [doc('m', 'x'.repeat(41), { a: layers(many), b: layers(many.slice(1)) })] });
    expect(() => computeAgreement({ documents: [doc('d9', 'ab', { a: layers([entity('e7', 0, 5, 'X')]), b: layers([]) })] })).toThrow(RangeError);
    expect(computeAgreement(input)).toEqual(first);
    expect(first.confusion[0]?.labels).toEqual(['O', 'GPE', 'LOC', 'PER']);
  });

  it('a call made while another is under way (from a getter of its input) gets its own scratch', () => {
    const nested = { documents: [doc('n', 'زار الرئيس مصر', { x: layers([entity('n1', 4, 10, 'ZZ')]), y: layers([entity('n1', 4, 10, 'ZZ')]) })] };
    const seen: string[][] = [];
    const [d1, ...rest] = input.documents;
    const reading = {
      ...d1!,
      get text() {
        seen.push(computeAgreement(nested).confusion[0]!.labels);
        return d1!.text;
      },
    };
    expect(computeAgreement({ documents: [reading, ...rest] })).toEqual(computeAgreement(input));
    expect(seen[0]).toEqual(['O', 'ZZ']);
  });
});

describe('computeAgreement: the same figures as the one-pair functions', () => {
  // The report tallies all pairs of a document in one pass (per-label sizes once per
  // annotator, disagreement without pair objects); these are the plain definitions.
  const text = 'ب ال حكومة في مصر والأمن';
  const offset = fc.integer({ min: 0, max: text.length });
  const span = fc.tuple(offset, offset, fc.constantFrom('PER', 'GPE', 'LOC')).map(([a, b, label]) => entity(`e${a}-${b}`, Math.min(a, b), Math.max(a, b), label));
  const spans = fc.array(span, { maxLength: 6 });
  const annotators = ['a', 'b', 'c', 'd'];
  const corpus = fc.array(fc.record({ a: spans, b: spans, c: spans, d: spans }, { requiredKeys: [] }), { minLength: 1, maxLength: 5 });

  it('per pair, per label and per document', () => {
    fc.assert(
      fc.property(corpus, (sets) => {
        const documents = sets.map((set, d) => doc(`d${d}`, text, Object.fromEntries(Object.entries(set).map(([name, list]) => [name, layers(list)]))));
        const report = computeAgreement({ documents }, { annotators });
        const shared = (x: string, y: string) =>
          documents.filter((item) => item.annotations.has(x) && item.annotations.has(y)).map((item) => ({ a: item.annotations.get(x)!.entities, b: item.annotations.get(y)!.entities }));
        const all = [];
        for (const pair of report.entities.pairs) {
          const expected = spanAgreement(shared(pair.a, pair.b));
          expect({ exact_f1: pair.exact_f1, overlap_f1: pair.overlap_f1 }).toEqual({ exact_f1: expected.exact_f1, overlap_f1: expected.overlap_f1 });
          all.push(...shared(pair.a, pair.b));
        }
        expect(report.entities.per_label).toEqual(spanAgreement(all).per_label);
        for (const score of report.per_document) {
          const item = documents.find((candidate) => candidate.docId === score.id)!;
          expect(score.disagreement).toBe(documentDisagreement(annotators.filter((name) => item.annotations.has(name)).map((name) => item.annotations.get(name)!)));
        }
      }),
      { numRuns: 300 },
    );
  });
});
