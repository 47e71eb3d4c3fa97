import { describe, expect, it } from 'vitest';
import { agreementReportJson } from './agreementReportJson.ts';
import { computeAgreement } from './agreementReport.ts';
import type { AgreementInput } from './agreementInput.ts';

const layers = (label: string) => ({ status: 'done' as const, entities: [{ id: 'e1', start: 0, end: 3, label }], events: [], stance: [] });
const input: AgreementInput = {
  documents: [
    { docId: 'p:d1', text: 'مصر اليوم', annotations: new Map([['amal', layers('GPE')], ['omar', layers('LOC')]]) },
    { docId: 'p:d2', text: 'مصر', annotations: new Map([['amal', layers('GPE')]]) },
  ],
};

describe('the agreement report as JSON', () => {
  it('is the report with notes as sentences and documents under the ids given', () => {
    const report = computeAgreement(input);
    const json = JSON.parse(agreementReportJson(report, (id) => id.replace(/^p:/, '')));
    expect(json.annotators).toEqual(['amal', 'omar']);
    expect(json.entities.pairs[0].exact_f1).toBe(0);
    expect(json.per_document.map((d: { id: string }) => d.id)).toEqual(['d1', 'd2']);
    expect(json.notes.every((note: unknown) => typeof note === 'string')).toBe(true);
    expect(json.notes.length).toBe(report.notes.length);
  });

  it('keeps the ids when given no mapping', () => {
    const json = JSON.parse(agreementReportJson(computeAgreement(input)));
    expect(json.per_document.map((d: { id: string }) => d.id)).toEqual(['p:d1', 'p:d2']);
  });
});
