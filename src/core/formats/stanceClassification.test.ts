import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnnotatedDocument } from './annotatedDocument.ts';
import { PROPERTY_TIMEOUT, arbitraryDocuments } from './arbitraryDocuments.ts';
import type { ExportLoss } from './exportLoss.ts';
import { exportStanceClassification, parseStanceClassification } from './stanceClassification.ts';

const exportAll = (docs: AnnotatedDocument[], onLoss?: (loss: ExportLoss) => void) => [...exportStanceClassification(docs, { onLoss })].join('');

describe('stance classification JSONL', { timeout: PROPERTY_TIMEOUT }, () => {
  it('writes one line per stance and reports the layers it leaves out', () => {
    const losses: ExportLoss[] = [];
    const doc: AnnotatedDocument = {
      id: 'd', text: 'الخارجية ترفض', meta: { kind: 'headline' }, annotator: 'a', status: 'done',
      entities: [{ id: 'e1', start: 0, end: 8, label: 'ORG' }], events: [],
      stance: [{ id: 's1', target: 'الخارجية', targetEntity: 'e1', label: 'against' }, { id: 's2', target: 'الحكومة', targetEntity: null, label: 'favor' }],
    };
    expect(exportAll([doc], (loss) => losses.push(loss))).toBe(
      '{"text":"الخارجية ترفض","target":"الخارجية","label":"against"}\n{"text":"الخارجية ترفض","target":"الحكومة","label":"favor"}\n',
    );
    expect(losses.map((l) => l.reason)).toEqual(['entities and events are left out: the format holds stance only']);
  });

  it('makes one document per distinct text and reports bad lines', () => {
    const text = ['{"text":"أ","target":"ت","label":"agree"}', '{"text":"ب","target":"ت"}', '{"text":"أ","target":"س","label":"disagree"}', '{"text":"ب",'].join('\r\n');
    const { documents, problems } = parseStanceClassification(`\uFEFF${text}`, 's.jsonl', { annotator: 'ans' });
    expect(documents).toEqual([
      {
        id: '', text: 'أ', meta: { kind: 'text', file: 's.jsonl', line: 1 }, annotator: 'ans', status: 'new', entities: [], events: [],
        stance: [{ id: 's1', target: 'ت', targetEntity: null, label: 'agree' }, { id: 's2', target: 'س', targetEntity: null, label: 'disagree' }],
      },
    ]);
    expect(problems.map((p) => [p.line, p.reason.replace(/invalid JSON .*;/, 'invalid JSON;')])).toEqual([
      [2, '"label" is not a string (undefined); line skipped'],
      [4, 'invalid JSON; line skipped'],
    ]);
  });

  it('export → import → export gives the same bytes (texts distinct per export)', () => {
    const distinctTexts = arbitraryDocuments({ events: false, stance: true }).filter((docs) => new Set(docs.map((d) => d.text)).size === docs.length);
    fc.assert(
      fc.property(distinctTexts, (docs) => {
        const first = exportAll(docs);
        const imported = parseStanceClassification(first, 'x.jsonl');
        expect(imported.problems).toEqual([]);
        expect(exportAll(imported.documents)).toBe(first);
      }),
    );
  });
});
