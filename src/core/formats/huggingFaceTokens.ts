import type { TextRange } from '../annotate/textRange.ts';
import type { EntitySpan } from '../model/annotation.ts';
import type { DocumentMeta } from '../model/document.ts';
import { importProblem } from '../model/importProblem.ts';
import type { ImportProblem, ImportProblemDetail } from '../model/importProblem.ts';
import { splitLines } from '../text/splitLines.ts';
import { emptyAnnotatedDocument, IMPORTED_ANNOTATOR } from './annotatedDocument.ts';
import type { AnnotatedDocument, AnnotatedImport, AnnotatedImportOptions } from './annotatedDocument.ts';
import { decodeBioColumns, encodeBioColumns, isBioTag } from './bioTags.ts';
import { tokenBoundsMeta, TOKENS_KEY } from './documentTokens.ts';
import type { OnExportLoss } from './exportLoss.ts';
import { importedMeta } from './importedMeta.ts';
import { describeJson, isTooDeep, parseJsonObject, quoteJson } from './jsonValue.ts';
import type { JsonObject } from './jsonValue.ts';
import { layOutTokens } from './tokenLayout.ts';
import { leftOut } from './leftOut.ts';

/*
 * Hugging Face token classification JSONL: one line per sentence,
 *   {"id": "...", "tokens": ["...", ...], "ner_tags": [0, 3, 4, ...]}
 * The tags are integers, as in the Hub's NER datasets, and the label list is kept
 * beside the data (the CLI writes it to NAME.labels.json): every line then has the
 * same three columns, which datasets.load_dataset("json", data_files=...) needs,
 * and the list becomes a ClassLabel with
 *   features["ner_tags"] = Sequence(ClassLabel(names=json.load(open("NAME.labels.json"))))
 * The format has one tag per token, so only the outermost of nested entities is
 * kept (the others are reported).
 */

/** The label list of Hugging Face tags: O, then B- and I- of each label, in the order given. */
export function huggingFaceLabelNames(labels: Iterable<string>): string[] {
  return ['O', ...[...new Set(labels)].flatMap((label) => [`B-${label}`, `I-${label}`])];
}

export interface HuggingFaceExportOptions {
  /** Tag names by index, e.g. from huggingFaceLabelNames. */
  labelNames: readonly string[];
  onLoss?: OnExportLoss;
}

/**
 * One line per sentence (see layOutTokens for tokens and sentences); the id is the
 * document's, with "-k" for the k-th sentence when there are several.
 */
export function* exportHuggingFaceTokens(docs: Iterable<AnnotatedDocument>, options: HuggingFaceExportOptions): Generator<string> {
  const index = new Map(options.labelNames.map((name, i) => [name, i]));
  for (const doc of docs) {
    const lose = (reason: string) => options.onLoss?.({ document: doc.id, annotator: doc.annotator, reason });
    const layout = layOutTokens(doc);
    if (layout.unplaced.length > 0) lose(leftOut(layout.unplaced.length, 'entity', 'entities', `${layout.unplaced.length === 1 ? 'it covers' : 'they cover'} no token (only spaces or invisible marks)`));
    if (doc.events.length > 0 || doc.stance.length > 0) lose('events and stance are left out: token classification holds entities only');
    const columns = encodeBioColumns(layout.tokens.length, layout.spans);
    const nested = columns.reduce((count, tags) => count + tags.slice(1).filter((tag) => tag.startsWith('B-')).length, 0);
    if (nested > 0) lose(leftOut(nested, 'nested entity', 'nested entities', 'the format has one tag per token'));
    const unknown = new Set<string>();
    const tagIds = columns.map((tags) => {
      const tag = tags[0] as string;
      const id = index.get(tag);
      if (id === undefined) unknown.add(tag);
      return id ?? 0;
    });
    if (unknown.size > 0) lose(`tags not in the label list, written as ${options.labelNames[0] ?? 'index 0'}: ${[...unknown].join(', ')}`);
    const starts = layout.sentenceStarts;
    for (let k = 0; k < starts.length; k++) {
      const from = starts[k] as number;
      const to = starts[k + 1] ?? layout.tokens.length;
      const tokens = layout.tokens.slice(from, to).map((token) => doc.text.slice(token.start, token.end));
      const id = starts.length === 1 ? doc.id : `${doc.id}-${k + 1}`;
      yield `{"id":${JSON.stringify(id)},"tokens":${JSON.stringify(tokens)},"ner_tags":[${tagIds.slice(from, to).join(',')}]}\n`;
    }
  }
}

export interface HuggingFaceImportOptions extends AnnotatedImportOptions {
  /** Names of integer tags; lines with integer tags cannot be read without them. String tags need none. */
  labelNames?: readonly string[];
}

/**
 * One document per line: its tokens joined by spaces, the token boundaries in
 * meta.tokens (see documentTokens.ts), other fields in meta. A line with a problem
 * is reported and skipped; an I- tag that starts an entity is reported and read as
 * conlleval does.
 */
export function parseHuggingFaceTokens(text: string, file: string, options: HuggingFaceImportOptions = {}): AnnotatedImport {
  const documents: AnnotatedDocument[] = [];
  const problems: ImportProblem[] = [];
  const badLines = options.badLines ?? new Set<number>();
  splitLines(text.startsWith('\uFEFF') ? text.slice(1) : text).forEach((line, i) => {
    const lineNo = i + 1;
    if (line.trim() === '' || badLines.has(lineNo)) return;
    const notes: ImportProblemDetail[] = [];
    const result = readLine(line, options.labelNames, notes);
    if ('code' in result) {
      problems.push(importProblem(file, lineNo, { ...result, skipped: 'line' }));
      return;
    }
    for (const note of notes) problems.push(importProblem(file, lineNo, note));
    const meta: DocumentMeta = { ...importedMeta(file, lineNo, result.extra), [TOKENS_KEY]: tokenBoundsMeta(result.tokens) };
    documents.push({
      ...emptyAnnotatedDocument(result.id, result.text, meta, options.annotator ?? IMPORTED_ANNOTATOR),
      entities: result.entities,
    });
  });
  return { documents, problems };
}

interface TokenLine {
  id: string;
  text: string;
  tokens: TextRange[];
  entities: EntitySpan[];
  extra: JsonObject;
}

/** The line read, or why it cannot be; notes are problems that do not stop it. */
function readLine(line: string, labelNames: readonly string[] | undefined, notes: ImportProblemDetail[]): TokenLine | ImportProblemDetail {
  const parsed = parseJsonObject(line);
  if ('problem' in parsed) return parsed.problem;
  const { id, tokens: words, ner_tags: tags, ...extra } = parsed.object;
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') return { code: 'key-not-string-or-number', values: { at: '', key: 'id', found: describeJson(id) } };
  if (!Array.isArray(words)) return { code: 'key-not-array', values: { at: '', key: 'tokens', found: describeJson(words) } };
  if (!Array.isArray(tags)) return { code: 'key-not-array', values: { at: '', key: 'ner_tags', found: describeJson(tags) } };
  if (words.length === 0) return { code: 'key-empty', values: { at: '', key: 'tokens' } };
  if (tags.length !== words.length) return { code: 'token-tag-count', values: { tokens: String(words.length), tags: String(tags.length) } };
  if (isTooDeep(extra, 1)) return { code: 'a-field-too-deep', values: {} };
  const bad = words.findIndex((word) => typeof word !== 'string' || word === '' || /[\r\n]/.test(word));
  if (bad !== -1) return { code: 'not-token', values: { path: `tokens[${bad}]`, value: quoteJson(words[bad]) } };
  const names: string[] = [];
  for (const [k, tag] of tags.entries()) {
    let name: unknown = tag;
    if (typeof tag === 'number') {
      if (labelNames === undefined) return { code: 'no-label-list', values: {} };
      name = Number.isInteger(tag) ? labelNames[tag] : undefined;
      if (name === undefined) return { code: 'not-label-index', values: { path: `ner_tags[${k}]`, value: String(tag), last: String(labelNames.length - 1) } };
    }
    if (typeof name !== 'string') return { code: 'not-tag-or-index', values: { path: `ner_tags[${k}]`, found: describeJson(tag) } };
    if (isBioTag(name)) {
      names.push(name);
    } else {
      notes.push({ code: 'not-bio-tag-at', values: { path: `ner_tags[${k}]`, tag: JSON.stringify(name) } });
      names.push('O');
    }
  }
  const tokens: TextRange[] = [];
  let text = '';
  for (const word of words as string[]) {
    if (text !== '') text += ' ';
    tokens.push({ start: text.length, end: text.length + word.length });
    text += word;
  }
  const spans = decodeBioColumns(
    names.map((name) => [name]),
    (t, _, tag) => notes.push({ code: 'stray-i-tag-at', values: { path: `ner_tags[${t}]`, tag, type: tag.slice(2) } }),
  );
  const entities = spans.map((span, k) => ({
    id: `e${k + 1}`,
    start: (tokens[span.start] as TextRange).start,
    end: (tokens[span.end - 1] as TextRange).end,
    label: span.label,
  }));
  return { id: id === undefined ? '' : String(id), text, tokens, entities, extra };
}
