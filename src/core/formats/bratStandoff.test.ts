import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnnotatedDocument } from './annotatedDocument.ts';
import { PROPERTY_TIMEOUT, arbitraryDocuments } from './arbitraryDocuments.ts';
import { bratFolderAnnotator, exportBrat, parseBratDocument } from './bratStandoff.ts';
import type { BratFile } from './bratStandoff.ts';
import type { ExportLoss } from './exportLoss.ts';

const doc: AnnotatedDocument = {
  id: 'd1',
  text: '😀 اعتقلت الشرطة في\nالرباط',
  meta: { kind: 'text' },
  annotator: 'sara',
  status: 'done',
  entities: [{ id: 'e1', start: 20, end: 26, label: 'GPE' }, { id: 'e2', start: 10, end: 16, label: 'ORG' }, { id: 'e3', start: 17, end: 26, label: 'LOC' }],
  events: [
    { id: 'v1', type: 'Justice:Arrest-Jail', trigger: { start: 3, end: 9 }, arguments: [{ role: 'Agent', entity: 'e2' }, { role: 'Place', entity: 'e1' }], attributes: { polarity: 'positive' } },
    { id: 'v2', type: 'Part-Whole', trigger: null, arguments: [{ role: 'from', entity: 'e1' }, { role: 'to', entity: 'e3' }] },
  ],
  stance: [],
};

/** Reads exported files back the way the CLI pairs them: ANNOTATOR/ID.txt with ANNOTATOR/ID.ann. */
function importFiles(files: BratFile[]) {
  const byPath = new Map(files.map((file) => [file.path, file.content]));
  const results = files
    .filter((file) => file.path.endsWith('.ann'))
    .map((ann) => {
      const stem = ann.path.slice(0, -'.ann'.length);
      const [annotator, id] = stem.split('/') as [string, string];
      return parseBratDocument({ id, txtFile: `${stem}.txt`, txt: byPath.get(`${stem}.txt`) ?? '', annFile: ann.path, ann: ann.content }, { annotator });
    });
  return { documents: results.flatMap((r) => r.documents), problems: results.flatMap((r) => r.problems) };
}

const ann = (lines: string[]) => lines.map((line) => `${line}\n`).join('');

describe('brat standoff', { timeout: PROPERTY_TIMEOUT }, () => {
  it('writes T, E, R and A lines in code points, a span over a line break as fragments', () => {
    const files = [...exportBrat([doc])];
    expect(files.map((f) => f.path)).toEqual(['sara/d1.txt', 'sara/d1.ann']);
    expect(files[0]?.content).toBe(doc.text);
    expect(files[1]?.content).toBe(
      ann([
        'T1\tGPE 19 25\tالرباط',
        'T2\tORG 9 15\tالشرطة',
        'T3\tLOC 16 18;19 25\tفي الرباط',
        'T4\tJustice.Arrest-Jail 2 8\tاعتقلت',
        'E1\tJustice.Arrest-Jail:T4 Agent:T2 Place:T1',
        'A1\tpolarity E1 positive',
        'R1\tPart-Whole Arg1:T1 Arg2:T3',
      ]),
    );
  });

  it('reads them back exactly', () => {
    const { documents, problems } = importFiles([...exportBrat([doc])]);
    expect(problems).toEqual([]);
    expect(documents).toEqual([
      {
        ...doc,
        meta: { kind: 'text', file: 'sara/d1.txt' },
        status: 'new',
        entities: doc.entities.map((e, i) => ({ ...e, id: `T${i + 1}` })),
        events: [
          { ...doc.events[0], id: 'E1', arguments: [{ role: 'Agent', entity: 'T2' }, { role: 'Place', entity: 'T1' }] },
          { ...doc.events[1], id: 'R1', arguments: [{ role: 'from', entity: 'T1' }, { role: 'to', entity: 'T3' }] },
        ],
      },
    ]);
  });

  it('reports what brat cannot hold, and names that would not read back', () => {
    const losses: ExportLoss[] = [];
    const odd: AnnotatedDocument = {
      ...doc,
      entities: [{ id: 'e1', start: 0, end: 2, label: 'Other PER' }],
      events: [{ id: 'v', type: 'Doc.Level', trigger: null, arguments: [] }, { id: 'w', type: 'A.B', trigger: { start: 3, end: 9 }, arguments: [] }],
      stance: [{ id: 's', target: 't', targetEntity: null, label: 'x' }],
    };
    [...exportBrat([odd], { onLoss: (loss) => losses.push(loss) })];
    [...exportBrat([{ ...odd, annotator: 'Amal Z' }, { ...odd, id: 'd2', annotator: 'Amal Z' }], { onLoss: (loss) => losses.push(loss) })];
    // Once for the annotator, not for each of its documents.
    expect(losses.filter((l) => l.reason === 'annotator "Amal Z" is written as the folder "Amal_Z"').map((l) => l.document)).toEqual([doc.id]);
    // A JSON file can hold these in a text; a .txt file cannot.
    const text: string[] = [];
    [...exportBrat([{ ...doc, text: '\uFEFFنص \ud83d', entities: [], events: [] }], { onLoss: (loss) => text.push(loss.reason) })];
    expect(text).toEqual(['1 unpaired surrogate is written as U+FFFD, as UTF-8 cannot hold them', 'the text starts with U+FEFF, which reads back as a byte order mark and is dropped']);
    expect(losses.slice(0, 4).map((l) => l.reason)).toEqual([
      'label "Other PER" is written as "Other_PER", which reads back differently',
      'event type "A.B" is written as "A.B", which reads back differently',
      '1 event is left out: without a trigger, only from/to relations fit brat, and brat events need a trigger',
      '1 stance annotation is left out: brat has no stance',
    ]);
  });

  it('reads the annotator from the folder an export put the .ann in, not from an archive or the top', () => {
    expect(bratFolderAnnotator('amal/d1.ann')).toBe('amal');
    expect(bratFolderAnnotator('export.zip/amal/d1.ann')).toBe('amal');
    expect(bratFolderAnnotator('corpus\\bilal\\d1.ann')).toBe('bilal');
    expect(bratFolderAnnotator('d1.ann')).toBeUndefined();
    expect(bratFolderAnnotator('export.zip/d1.ann')).toBeUndefined();
    expect(bratFolderAnnotator('brat.tar.gz/d1.ann')).toBeUndefined();
  });

  it('counts a BOM as brat does, reads CRLF as LF, and keeps distinct paths for odd ids', () => {
    const txt = '\uFEFFسطر\r\nالرباط';
    const { documents, problems } = parseBratDocument({ id: 'x', txtFile: 'x.txt', txt, annFile: 'x.ann', ann: '\uFEFFT1\tGPE 5 11\tالرباط\r\n' });
    expect(problems).toEqual([]);
    expect(documents[0]?.text).toBe('سطر\nالرباط');
    expect(documents[0]?.entities).toEqual([{ id: 'T1', start: 4, end: 10, label: 'GPE' }]);
    const paths = [...exportBrat([{ ...doc, id: 'a/b' }, { ...doc, id: 'a?b' }])].map((f) => f.path);
    expect(paths).toEqual(['sara/a_b.txt', 'sara/a_b.ann', 'sara/a_b-2.txt', 'sara/a_b-2.ann']);
  });

  it.each([
    ['T1\tGPE -1 3\tمصر', 1, /offset -1 is outside the text/],
    ['T1\tGPE 3 1\tمصر', 1, /fragment 3 1 is empty, reversed or out of order/],
    ['T1\tGPE 0 1.5\tمصر', 1, /offset 1\.5 is not an integer/],
    ['T1\tGPE 0 99\tمصر', 1, /offset 99 is outside the text \(0\.\.11\) \(0 99\)/],
    ['T1\tGPE 0 3\tمصرا', 1, /the surface "مصرا" is not the text at those offsets \("مصر"\)/],
    ['T1\tGPE zero 3\tمصر', 1, /offset is not a number \(string\)/],
    ['T1\tGPE\tمصر', 1, /not "T<TAB>LABEL START END/],
    ['T1\tGPE 0 3\tمصر\nT1\tGPE 4 11\tالقاهرة', 2, /id T1 is used twice/],
    ['E1\tAttack:T7', 1, /the trigger T7 of E1 does not exist/],
    ['E1\tAttack', 1, /E1 is not "E1<TAB>TYPE:TRIGGER ROLE:ID \.\.\."/],
    ['T1\tGPE 0 3\tمصر\nT2\tAttack 4 11\tالقاهرة\nE1\tAttack:T2 Place:T9', 3, /E1 refers to T9, which does not exist/],
    ['R1\tRel Arg1:T1', 1, /R1 is not "R1<TAB>TYPE Arg1:ID Arg2:ID"/],
    ['X1\tfoo', 1, /"X1" is not a brat annotation id/],
  ])('reports %j with the .ann line and skips the document', (lines, line, reason) => {
    const { documents, problems } = parseBratDocument({ id: 'x', txtFile: 'x.txt', txt: 'مصر القاهرة', annFile: 'x.ann', ann: lines });
    expect(documents).toEqual([]);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'x.ann', line, reason: expect.stringMatching(new RegExp(`${reason.source}.*; document skipped$`)) }));
  });

  it('leaves out what Tawsim does not hold and imports the rest', () => {
    const lines = ['T1\tGPE 0 3\tمصر', 'T2\tGPE 0 1;4 6\tم ال', 'T3\tAttack 4 11\tالقاهرة', 'E1\tAttack:T3 Place:T2', 'A1\tNegated T1', '#1\tAnnotatorNotes T1\tملاحظة', 'N1\tReference T1 Wikidata:Q79\tمصر'];
    const { documents, problems } = parseBratDocument({ id: 'x', txtFile: 'x.txt', txt: 'مصر القاهرة', annFile: 'x.ann', ann: lines.join('\n') });
    expect(documents[0]?.entities).toEqual([{ id: 'T1', start: 0, end: 3, label: 'GPE' }]);
    expect(documents[0]?.events).toEqual([]);
    expect(problems.map((p) => `${p.line}: ${p.reason}`)).toEqual([
      '2: T2 is a discontinuous span; left out',
      '6: note #1 left out',
      '7: normalisation N1 left out',
      '4: E1 refers to T2, which is not an entity Tawsim holds; E1 left out',
      '5: attribute Negated of T1 left out (Tawsim keeps polarity, tense, genericity, modality of events)',
    ]);
  });

  it('export → import → export gives the same files', () => {
    fc.assert(
      fc.property(arbitraryDocuments(), (docs) => {
        const first = [...exportBrat(docs)];
        const imported = importFiles(first);
        expect(imported.problems).toEqual([]);
        expect([...exportBrat(imported.documents)]).toEqual(first);
      }),
    );
  });
});

describe('brat problem codes', () => {
  it('gives each error of an .ann line a code and the values the interface words', () => {
    const ann = ['T1\tPER 0 3\tabc', 'T1\tPER 4 7\tdef', 'T2\tPER 0 x\tabc', 'T3\tPER 0 3\tabd', 'R1\tRel Arg1:T1', 'R2\tRel Arg1:T1 Arg2:T9', 'E1\tAttack:T8'].join('\n');
    const { problems } = parseBratDocument({ id: 'b', txtFile: 'b.txt', txt: 'abc def', annFile: 'b.ann', ann });
    expect(problems.map(({ line, code, values, skipped }) => ({ line, code, values, skipped }))).toEqual([
      { line: 2, code: 'id-used-twice', values: { at: '', id: 'T1' }, skipped: 'document' },
      { line: 3, code: 'brat-offset-not-number', values: { found: 'string', fragment: '0 x' }, skipped: 'document' },
      { line: 4, code: 'brat-surface-differs', values: { surface: '"abd"', expected: '"abc"' }, skipped: 'document' },
      { line: 5, code: 'not-brat-relation', values: { id: 'R1' }, skipped: 'document' },
      { line: 6, code: 'brat-no-target', values: { event: 'R2', target: 'T9' }, skipped: 'document' },
      { line: 7, code: 'brat-no-trigger', values: { trigger: 'T8', event: 'E1' }, skipped: 'document' },
    ]);
  });
});
