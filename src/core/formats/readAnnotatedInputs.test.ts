import { describe, expect, it } from 'vitest';
import type { AnnotatedDocument } from './annotatedDocument.ts';
import { exportTawsimJsonl } from './tawsimJsonl.ts';
import { exportBrat } from './bratStandoff.ts';
import { groupAnnotatedInputs, readAnnotatedInput, type NamedBytes } from './readAnnotatedInputs.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const named = (name: string, text: string): NamedBytes => ({ name, bytes: encode(text) });
const sniff = (file: NamedBytes) => new TextDecoder().decode(file.bytes.subarray(0, 4096));

const text = '😀 الأمن يوقف عصابة في الدار البيضاء';
const place = text.indexOf('الدار البيضاء');
const doc: AnnotatedDocument = {
  id: 'd1', text, meta: { kind: 'headline' }, annotator: 'amal', status: 'done',
  entities: [{ id: 'e1', start: place, end: place + 'الدار البيضاء'.length, label: 'GPE' }], events: [], stance: [],
};

describe('groupAnnotatedInputs and readAnnotatedInput', () => {
  it('pairs brat files, recognises Tawsim JSONL, and leaves plain text to the text importers', () => {
    const brat = [...exportBrat([doc])];
    const files = [
      ...brat.map((f) => named(f.path.split('/').pop()!, f.content)),
      named('work.jsonl', [...exportTawsimJsonl([doc], { offsetUnit: 'codepoint' })].join('')),
      named('notes.txt', 'نص عادي'),
    ];
    const { annotated, plain } = groupAnnotatedInputs(files, sniff);
    expect(plain.map((f) => f.name)).toEqual(['notes.txt']);
    expect(annotated.map((a) => (a.kind === 'brat' ? 'brat' : a.format))).toEqual(['brat', 'tawsim']);
    for (const input of annotated) {
      const result = readAnnotatedInput(input, { annotator: 'omar' });
      expect(result.problems).toEqual([]);
      const [read] = result.documents;
      expect(read?.annotator).toBe('omar');
      expect(read?.text).toBe(doc.text);
      expect(read?.entities.map((e) => read.text.slice(e.start, e.end))).toEqual(['الدار البيضاء']);
    }
  });

  it('reads each annotator of an exported brat archive from its folder, unless an annotator is given', () => {
    const files = [...exportBrat([doc, { ...doc, annotator: 'bilal', entities: [] }])].map((f) => named(`export.zip/${f.path}`, f.content));
    const { annotated } = groupAnnotatedInputs(files, sniff);
    expect(annotated.map((input) => readAnnotatedInput(input).documents[0]?.annotator)).toEqual(['amal', 'bilal']);
    expect(annotated.map((input) => readAnnotatedInput(input, { annotator: 'omar' }).documents[0]?.annotator)).toEqual(['omar', 'omar']);
  });

  it('reports a bad line with its file and line and keeps the good ones', () => {
    const good = [...exportTawsimJsonl([doc], { offsetUnit: 'codepoint' })].join('');
    const result = readAnnotatedInput({ kind: 'file', file: named('mixed.jsonl', `${good}{"id": "x", "offset_unit": "codepoint"\n${good.replace('"d1"', '"d2"')}`), format: 'tawsim' });
    expect(result.documents.map((d) => d.id)).toEqual(['d1', 'd2']);
    expect(result.problems).toEqual([expect.objectContaining({ file: 'mixed.jsonl', line: 2 })]);
  });
});
