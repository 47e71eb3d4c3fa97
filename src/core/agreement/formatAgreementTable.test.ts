import { describe, expect, it } from 'vitest';
import type { AgreementLayers } from './agreementInput.ts';
import { computeAgreement } from './agreementReport.ts';
import { formatAgreementTable, formatFigure } from './formatAgreementTable.ts';

const layers = (entities: AgreementLayers['entities']): AgreementLayers => ({ entities, events: [], stance: [] });

describe('formatAgreementTable', () => {
  it('prints each layer as an aligned table, n/a for undefined figures, the worst documents and notes', () => {
    const report = computeAgreement({
      documents: [
        {
          docId: 'doc-1',
          text: 'زار الرئيس مصر',
          annotations: new Map([
            ['ali', layers([{ id: 'e', start: 11, end: 14, label: 'GPE' }])],
            ['sara', layers([{ id: 'e', start: 11, end: 14, label: 'GPE' }])],
          ]),
        },
        {
          docId: 'doc-2',
          text: 'مصر',
          annotations: new Map([
            ['ali', layers([{ id: 'e', start: 0, end: 3, label: 'GPE' }])],
            ['sara', layers([])],
          ]),
        },
      ],
    });
    expect(formatAgreementTable(report)).toBe(
      [
        'Agreement of 2 annotators (ali, sara) over 2 documents annotated by at least two of them',
        '',
        // Units (rows ali, columns sara): O/O 9, GPE/GPE 3, GPE/O 3: (15·12 − 126) / (225 − 126) = 0.545.
        'Entities    exact_f1  overlap_f1  char_kappa  documents',
        'ali – sara     0.667       0.667       0.545          2',
        // n 30, Σ o_cc 24, n_O 21, n_GPE 9: 1 − 29·6 / (900 − 441 − 81) = 0.540.
        'char_alpha: 0.540',
        '',
        'Per label (all pairs)  exact_f1  overlap_f1',
        'GPE                       0.667       0.667',
        '',
        'Events      trigger_f1  type_f1  argument_f1',
        'ali – sara         n/a      n/a          n/a',
        '',
        'Stance      kappa',
        'ali – sara    n/a',
        'alpha: n/a',
        '',
        'Most disagreed documents (2 of 2)  disagreement',
        'doc-2                                     1.000',
        'doc-1                                     0.000',
        '',
        'Notes:',
        '  stance kappa of ali and sara: no target labelled by both',
        '  stance alpha: no unit was coded by two coders',
        '',
      ].join('\n'),
    );
  });

  it('formats figures with three decimals', () => {
    expect(formatFigure(null)).toBe('n/a');
    expect(formatFigure(2 / 3)).toBe('0.667');
    expect(formatFigure(-0.25)).toBe('-0.250');
  });
});
