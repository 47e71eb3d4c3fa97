import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnnotatedDocument } from './annotatedDocument.ts';
import { PROPERTY_TIMEOUT, arbitraryDocuments } from './arbitraryDocuments.ts';
import { exportConllBio, parseConllBio } from './conllBio.ts';
import type { ConllExportOptions } from './conllBio.ts';
import type { ExportLoss } from './exportLoss.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const exportAll = (docs: AnnotatedDocument[], options?: ConllExportOptions) => [...exportConllBio(docs, options)].join('');

/** Sentences of a token file as [token, tags] rows, read the plain way (no BOM, any line end, blank or whitespace lines split). */
function rows(text: string): [string, string[]][][] {
  const sentences: [string, string[]][][] = [[]];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (line.trim() === '') {
      if ((sentences[sentences.length - 1] as unknown[]).length > 0) sentences.push([]);
      continue;
    }
    const [token, ...tags] = line.split(line.includes('\t') ? '\t' : ' ');
    (sentences[sentences.length - 1] as [string, string[]][]).push([token as string, tags]);
  }
  return sentences.filter((sentence) => sentence.length > 0);
}

const doc = (text: string, entities: [number, number, string][]): AnnotatedDocument => ({
  id: 'd',
  text,
  meta: { kind: 'text' },
  annotator: 'sara',
  status: 'new',
  entities: entities.map(([start, end, label], i) => ({ id: `e${i + 1}`, start, end, label })),
  events: [],
  stance: [],
});

describe('CoNLL round trips of the fixtures', () => {
  it('Wojood: gives back every token, tag column and sentence; the orphan I- comes back as B-', () => {
    const text = fixture('wojood_sample.conll');
    const imported = parseConllBio(text, 'wojood_sample.conll');
    expect(imported.problems).toMatchObject([
      { file: 'wojood_sample.conll', line: 267, reason: 'I-FAC does not continue a FAC entity; read as its start, as conlleval does' },
    ]);
    expect(imported.documents).toHaveLength(12);
    const lines = text.split('\n');
    lines[266] = (lines[266] as string).replace('I-FAC', 'B-FAC');
    expect(exportAll(imported.documents)).toBe(lines.join('\n'));
  });

  it('Wojood: keeps nested entities as spans of the text', () => {
    const [first] = parseConllBio(fixture('wojood_sample.conll'), 'w.conll').documents;
    const spans = first?.entities.map((e) => [first.text.slice(e.start, e.end), e.label]);
    expect(spans).toEqual([['روسيا', 'ORG'], ['مجلس الأمن ضد الأسد', 'ORG'], ['الأسد', 'PERS']]);
  });

  it('NewsFANE: keeps tokens byte for byte (U+200E included, BOM not), tags and sentence breaks', () => {
    const text = fixture('newsfane_sample.bio.tsv');
    const imported = parseConllBio(text, 'newsfane_sample.bio.tsv');
    expect(imported.problems).toEqual([]);
    expect(imported.documents).toHaveLength(9);
    const [first] = imported.documents;
    expect(first?.text.startsWith('\u200Eفرانكفورت (')).toBe(true);
    expect(first?.entities[0]).toMatchObject({ start: 0, end: 10, label: 'Population-Center' });
    const exported = exportAll(imported.documents, { separator: '\t' });
    expect(rows(exported)).toEqual(rows(text));
    expect(exportAll(parseConllBio(exported, 'again.tsv').documents, { separator: '\t' })).toBe(exported);
  });
});

describe('CoNLL import', () => {
  it('makes one document per sentence, or per N sentences', () => {
    const text = 'a B-X\nb O\n\nc O\n\nd I-Y\n';
    expect(parseConllBio(text, 'f').documents.map((d) => d.text)).toEqual(['a b', 'c', 'd']);
    const grouped = parseConllBio(text, 'f', { sentencesPerDocument: 2 });
    expect(grouped.documents.map((d) => d.text)).toEqual(['a b\nc', 'd']);
    expect(grouped.documents[0]?.meta).toEqual({ kind: 'text', file: 'f', line: 1, tokens: [[0, 1], [2, 3], [4, 5]] });
    expect(grouped.problems).toMatchObject([{ file: 'f', line: 6, reason: 'I-Y does not continue a Y entity; read as its start, as conlleval does' }]);
  });

  it('follows -DOCSTART- lines and writes them back', () => {
    const text = '-DOCSTART- -X- O\n\nEU B-ORG\nrejects O\n\nGerman B-MISC\n\n-DOCSTART- -X- O\n\nPeter B-PER\nBlackburn I-PER\n';
    const imported = parseConllBio(text, 'f');
    expect(imported.documents.map((d) => [d.text, d.meta.docstart])).toEqual([
      ['EU rejects\nGerman', '-DOCSTART- -X- O'],
      ['Peter Blackburn', '-DOCSTART- -X- O'],
    ]);
    expect(exportAll(imported.documents)).toBe(text);
  });

  it('reports bad lines with file and line and imports the rest', () => {
    const text = '\uFEFFa\tB-X\r\nb\tNNP\r\n\tO\r\nc\r\n d O\r\n\r\ne\tI-X\r\n';
    const imported = parseConllBio(text, 'bad.tsv');
    expect(imported.problems).toMatchObject([
      { file: 'bad.tsv', line: 2, reason: '"NNP" is not a BIO tag (O, B-TYPE or I-TYPE); read as O' },
      { file: 'bad.tsv', line: 3, reason: 'empty token; line skipped' },
      { file: 'bad.tsv', line: 4, reason: 'no tag; read as O' },
      { file: 'bad.tsv', line: 5, reason: 'empty token; line skipped' },
      { file: 'bad.tsv', line: 7, reason: 'I-X does not continue a X entity; read as its start, as conlleval does' },
    ]);
    expect(imported.documents.map((d) => d.text)).toEqual(['a b c', 'e']);
    expect(imported.documents.map((d) => d.entities.map((e) => [e.start, e.end, e.label]))).toEqual([[[0, 1, 'X']], [[0, 1, 'X']]]);
  });
});

describe('CoNLL export of documents typed in the app', { timeout: PROPERTY_TIMEOUT }, () => {
  it('uses the word tokeniser: clitics stay on their word, punctuation is a token, paragraphs are sentences', () => {
    const text = 'وقال الوزير «نعم».\nوذهب';
    expect(exportAll([doc(text, [[5, 11, 'OCC']])])).toBe('وقال O\nالوزير B-OCC\n« O\nنعم O\n» O\n. O\n\nوذهب O\n');
  });

  it('cuts a token where an entity starts or ends inside it', () => {
    expect(exportAll([doc('ومصر بلد', [[1, 4, 'GPE']])])).toBe('و O\nمصر B-GPE\nبلد O\n');
  });

  it('writes nested entities to further columns, outer first', () => {
    const text = 'جامعة بيرزيت في رام الله';
    const out = exportAll([doc(text, [[6, 12, 'GPE'], [0, 12, 'ORG'], [16, 24, 'GPE']])]);
    expect(out).toBe('جامعة B-ORG\nبيرزيت I-ORG B-GPE\nفي O\nرام B-GPE\nالله I-GPE\n');
  });

  it('reports what it cannot write', () => {
    const losses: ExportLoss[] = [];
    const withEvent = { ...doc('نص \u200E آخر', [[3, 5, 'X']]), events: [{ id: 'v', type: 'T', trigger: null, arguments: [] }] };
    exportAll([withEvent], { onLoss: (loss) => losses.push(loss) });
    expect(losses.map((loss) => loss.reason)).toEqual([
      '1 entities cover no token (only spaces or invisible marks) and are left out',
      'events and stance are left out: CoNLL holds entities only',
    ]);
  });

  it('export → import → export gives the same bytes', () => {
    fc.assert(
      fc.property(arbitraryDocuments({ events: false, stance: false }), (docs) => {
        const first = exportAll(docs);
        const imported = parseConllBio(first, 'x.conll');
        expect(imported.problems).toEqual([]);
        expect(exportAll(imported.documents)).toBe(first);
      }),
    );
  });

  it('export → import gives back every entity with its label and visible characters', () => {
    // Tokens drop spaces, controls, bidi marks and lone combining marks between words; compare what is left.
    const visible = (text: string) => text.replace(/[\s\p{Cc}\p{Cf}\p{M}]/gu, '');
    const entities = (docs: AnnotatedDocument[]) =>
      docs
        .flatMap((d) => d.entities.map((e) => `${e.label}:${visible(d.text.slice(e.start, e.end))}`))
        .filter((entry) => !entry.endsWith(':'))
        .sort();
    fc.assert(
      fc.property(arbitraryDocuments({ events: false, stance: false }), (docs) => {
        expect(entities(parseConllBio(exportAll(docs), 'x.conll').documents)).toEqual(entities(docs));
      }),
    );
  });
});
