import type { TextRange } from '../annotate/textRange.ts';
import type { EntitySpan } from '../model/annotation.ts';
import { importProblem } from '../model/importProblem.ts';
import type { ImportProblem, ImportProblemDetail } from '../model/importProblem.ts';
import { splitLines } from '../text/splitLines.ts';
import { emptyAnnotatedDocument, IMPORTED_ANNOTATOR } from './annotatedDocument.ts';
import type { AnnotatedDocument, AnnotatedImport, AnnotatedImportOptions } from './annotatedDocument.ts';
import { decodeBioColumns, encodeBioColumns, isBioTag } from './bioTags.ts';
import { tokenBoundsMeta, TOKENS_KEY } from './documentTokens.ts';
import type { OnExportLoss } from './exportLoss.ts';
import { layOutTokens } from './tokenLayout.ts';
import { textFileLosses } from './textFileLosses.ts';

/*
 * CoNLL / BIO token files: one token per line, `token TAG [TAG ...]` separated by
 * spaces (Wojood: column k is the k-th nesting level) or `token<TAB>tag`
 * (NewsFANE); a blank line (or one holding only whitespace) ends a sentence.
 */

/** meta key holding the `-DOCSTART-` line a document began with, written back on export. */
export const DOCSTART_KEY = 'docstart';
const DOCSTART = '-DOCSTART-';

export interface ConllImportOptions extends AnnotatedImportOptions {
  /**
   * Sentences per document when the file has no -DOCSTART- lines (default 1: token
   * corpora such as Wojood have no document boundaries, and a sentence is their unit).
   * With -DOCSTART- lines, each of them starts a document.
   */
  sentencesPerDocument?: number;
}

interface TokenLine {
  text: string;
  tags: string[];
  line: number;
}

interface DocumentLines {
  docstart: string | null;
  line: number;
  sentences: TokenLine[][];
}

/**
 * Tokens are kept byte for byte (a BOM at the start of the file is not a token
 * character; U+200E marks glued to tokens are). The text of a document is its
 * tokens joined by single spaces and its sentences joined by "\n"; the token
 * boundaries go to meta.tokens, so the document exports back to the same tokens.
 * A tag that is not O, B-TYPE or I-TYPE is reported and read as O; an I- tag that
 * does not continue an entity of its type starts one, as conlleval reads it, and
 * is reported for its line.
 */
export function parseConllBio(text: string, file: string, options: ConllImportOptions = {}): AnnotatedImport {
  const problems: ImportProblem[] = [];
  const report = (line: number, detail: ImportProblemDetail) => problems.push(importProblem(file, line, detail));
  const groups = groupDocuments(readSentences(text, report), Math.max(1, Math.floor(options.sentencesPerDocument ?? 1)));
  const annotator = options.annotator ?? IMPORTED_ANNOTATOR;
  const documents = groups.map((group) => buildDocument(group, file, annotator, report));
  // Nested columns are read one after the other: put the problems back in line order.
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { documents, problems };
}

/** Sentences in file order, and the -DOCSTART- lines (as strings) where documents start. */
function readSentences(text: string, report: (line: number, detail: ImportProblemDetail) => void): (TokenLine[] | string)[] {
  const items: (TokenLine[] | string)[] = [];
  let sentence: TokenLine[] = [];
  const endSentence = () => {
    if (sentence.length > 0) items.push(sentence);
    sentence = [];
  };
  splitLines(text.startsWith('\uFEFF') ? text.slice(1) : text).forEach((content, i) => {
    const line = i + 1;
    if (content.trim() === '') return endSentence();
    // A tab-separated line may hold spaces inside its token; a space-separated one cannot.
    const fields = content.split(content.includes('\t') ? '\t' : ' ');
    const token = fields[0] ?? '';
    if (token === DOCSTART) {
      endSentence();
      items.push(content);
      return;
    }
    if (token === '') return report(line, { code: 'empty-token', values: {}, skipped: 'line' });
    let tags = fields.slice(1).filter((field) => field !== '');
    if (tags.length === 0) {
      report(line, { code: 'no-tag', values: {} });
      tags = ['O'];
    }
    tags = tags.map((tag) => {
      if (isBioTag(tag)) return tag;
      report(line, { code: 'not-bio-tag', values: { tag: JSON.stringify(tag) } });
      return 'O';
    });
    sentence.push({ text: token, tags, line });
  });
  endSentence();
  return items;
}

function groupDocuments(items: (TokenLine[] | string)[], sentencesPerDocument: number): DocumentLines[] {
  const byDocstart = items.some((item) => typeof item === 'string');
  const groups: DocumentLines[] = [];
  let current: DocumentLines | null = null;
  for (const item of items) {
    if (typeof item === 'string') {
      current = { docstart: item, line: 0, sentences: [] };
      groups.push(current);
      continue;
    }
    if (current === null || (!byDocstart && current.sentences.length >= sentencesPerDocument)) {
      current = { docstart: null, line: 0, sentences: [] };
      groups.push(current);
    }
    current.sentences.push(item);
  }
  return groups
    .filter((group) => group.sentences.length > 0)
    .map((group) => ({ ...group, line: group.sentences[0]?.[0]?.line ?? 0 }));
}

function buildDocument(
  group: DocumentLines,
  file: string,
  annotator: string,
  report: (line: number, detail: ImportProblemDetail) => void,
): AnnotatedDocument {
  const tokens: TextRange[] = [];
  const entities: EntitySpan[] = [];
  let text = '';
  for (const sentence of group.sentences) {
    if (text !== '') text += '\n';
    const first = tokens.length;
    sentence.forEach((token, t) => {
      if (t > 0) text += ' ';
      tokens.push({ start: text.length, end: text.length + token.text.length });
      text += token.text;
    });
    const spans = decodeBioColumns(
      sentence.map((token) => token.tags),
      (t, column, tag) => {
        const type = tag.slice(2);
        report(sentence[t]?.line ?? 0, column === 0 ? { code: 'stray-i-tag', values: { tag, type } } : { code: 'stray-i-tag-column', values: { tag, type, column: column + 1 } });
      },
    );
    for (const span of spans) {
      const start = tokens[first + span.start] as TextRange;
      const end = tokens[first + span.end - 1] as TextRange;
      entities.push({ id: `e${entities.length + 1}`, start: start.start, end: end.end, label: span.label });
    }
  }
  const meta = {
    kind: 'text' as const,
    file,
    line: group.line,
    [TOKENS_KEY]: tokenBoundsMeta(tokens),
    ...(group.docstart === null ? {} : { [DOCSTART_KEY]: group.docstart }),
  };
  return { ...emptyAnnotatedDocument('', text, meta, annotator), entities };
}

export interface ConllExportOptions {
  /** Between token and tags (default a space, as Wojood and CoNLL-2003). */
  separator?: ' ' | '\t';
  onLoss?: OnExportLoss;
}

/**
 * One chunk of lines per document, with a blank line between sentences and between
 * documents, and the document's -DOCSTART- line first when it came with one.
 * Nested entities go to further tag columns (see encodeBioColumns). Tokens are
 * those of layOutTokens: the document's own, or the word tokeniser's, cut where an
 * entity starts or ends inside one.
 */
export function* exportConllBio(docs: Iterable<AnnotatedDocument>, options: ConllExportOptions = {}): Generator<string> {
  const separator = options.separator ?? ' ';
  const lose = (doc: AnnotatedDocument, reason: string) => options.onLoss?.({ document: doc.id, annotator: doc.annotator, reason });
  let first = true;
  for (const doc of docs) {
    const layout = layOutTokens(doc);
    if (layout.unplaced.length > 0) lose(doc, `${layout.unplaced.length} entities cover no token (only spaces or invisible marks) and are left out`);
    if (doc.events.length > 0 || doc.stance.length > 0) lose(doc, 'events and stance are left out: CoNLL holds entities only');
    for (const reason of textFileLosses(doc.text, { leadingBom: false })) lose(doc, reason);
    if (layout.tokens.length === 0) {
      lose(doc, 'no tokens; the document is left out');
      continue;
    }
    const tags = encodeBioColumns(layout.tokens.length, layout.spans);
    const sentenceStarts = new Set(layout.sentenceStarts);
    const docstart = doc.meta[DOCSTART_KEY];
    let chunk = first ? '' : '\n';
    if (typeof docstart === 'string') chunk += `${docstart}\n\n`;
    let mangled = 0;
    layout.tokens.forEach((token, t) => {
      let word = doc.text.slice(token.start, token.end);
      if (word.includes(separator) || /[\r\n]/.test(word)) {
        mangled++;
        word = word.replace(/[\r\n]/g, '_').replaceAll(separator, '_');
      }
      if (t > 0 && sentenceStarts.has(t)) chunk += '\n';
      chunk += `${word}${separator}${(tags[t] as string[]).join(separator)}\n`;
    });
    if (mangled > 0) lose(doc, `${mangled} tokens hold the column separator or a line break, written as "_"`);
    first = false;
    yield chunk;
  }
}
