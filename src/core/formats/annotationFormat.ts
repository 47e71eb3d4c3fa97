import { csvColumnNames, type CsvDelimiter } from '../importers/csv.ts';
import { splitLines } from '../text/splitLines.ts';
import { isBioTag } from './bioTags.ts';
import { isJsonObject } from './jsonValue.ts';
import { defaultStanceFields, type StanceFields } from './stanceClassification.ts';

/** The annotation formats Tawsim reads and writes. */
export type AnnotationFormat = 'tawsim' | 'doccano' | 'labelstudio' | 'conll' | 'hf' | 'brat' | 'stance';

export const ANNOTATION_FORMATS: readonly AnnotationFormat[] = ['tawsim', 'doccano', 'labelstudio', 'conll', 'hf', 'brat', 'stance'];

/** True for the formats read a record per line, whose readers skip a line with invalid UTF-8 (decodeFile's badLines). */
export function skipsUndecodableLines(format: AnnotationFormat): boolean {
  return format === 'tawsim' || format === 'doccano' || format === 'hf' || format === 'stance';
}

const CONLL_NAME = /\.(conll|conll03|bio|iob|iob2)$/i;
const TABLE_NAME = /\.(csv|tsv|tab)$/i;
// Enough lines to tell, few enough to stay fast on a large file.
const SAMPLE_LINES = 20;

export interface DetectOptions {
  /** The fields that make a record a stance (JSONL) or a table a stance table: text, target and label by default. */
  stanceFields?: StanceFields;
  /** Read the file as a table whatever its name (the user chose CSV), with this delimiter when given. */
  table?: boolean;
  csvDelimiter?: CsvDelimiter;
}

/**
 * The annotation format of a file, by its name and its first lines; null for files
 * the text importers read instead (news pages, plain text, JSONL and CSV of texts).
 * A table (.csv, .tsv, .tab) whose header has the stance fields is stance data.
 */
export function detectAnnotationFormat(file: string, text: string, options: DetectOptions = {}): AnnotationFormat | null {
  if (/\.ann$/i.test(file)) return 'brat';
  const fields = options.stanceFields ?? defaultStanceFields;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const start = body.trimStart();
  if (start.startsWith('[')) return 'labelstudio';
  if (start.startsWith('{')) return jsonFormat(start, fields);
  if (options.table || TABLE_NAME.test(file)) {
    const columns = csvColumnNames(body, file, options.csvDelimiter);
    if ([fields.text, fields.target, fields.label].every((field) => columns.includes(field))) return 'stance';
  }
  return CONLL_NAME.test(file) || looksLikeConll(body) ? 'conll' : null;
}

function jsonFormat(text: string, stance: StanceFields): AnnotationFormat | null {
  const first = splitLines(text)[0] ?? '';
  let record: unknown;
  try {
    record = JSON.parse(first);
  } catch {
    // Not one object per line: a single, pretty-printed Label Studio task?
    return /"data"\s*:/.test(text.slice(0, 1000)) ? 'labelstudio' : null;
  }
  if (!isJsonObject(record)) return null;
  const has = (key: string) => Object.hasOwn(record as object, key);
  // doccano lines state their offset unit too; their annotations are "label" or "relations".
  const doccanoShape = Array.isArray(record.label) || Array.isArray(record.labels) || has('relations');
  if ((has('offset_unit') && !doccanoShape) || (has('annotator') && has('entities') && has('stance'))) return 'tawsim';
  if (has('tokens') && has('ner_tags')) return 'hf';
  if (has('data') && isJsonObject(record.data)) return 'labelstudio';
  if (has(stance.text) && has(stance.target) && typeof record[stance.label] === 'string') return 'stance';
  if (has('text') && (Array.isArray(record.label) || Array.isArray(record.labels) || Array.isArray(record.entities))) return 'doccano';
  return null;
}

const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Token lines whose every field after the first is a BIO tag, or -DOCSTART-: the first
 * SAMPLE_LINES non-empty ones. Lines are read one at a time and only until that is known,
 * as splitting a whole plain-text file here cost as much as importing it.
 */
function looksLikeConll(text: string): boolean {
  let seen = 0;
  let from = 0;
  LINE_BREAK.lastIndex = 0;
  for (;;) {
    const end = LINE_BREAK.exec(text);
    const line = text.slice(from, end ? end.index : text.length);
    if (line.trim() !== '') {
      if (!isConllLine(line)) return false;
      if (++seen === SAMPLE_LINES) return true;
    }
    if (!end) return seen > 0;
    from = LINE_BREAK.lastIndex;
  }
}

/** Fields checked before splitting a whole line: a line of prose fails on its second word. */
const FIRST_FIELDS = 8;

function isConllLine(line: string): boolean {
  const separator = line.includes('\t') ? '\t' : ' ';
  const first = line.split(separator, FIRST_FIELDS).filter((field) => field !== '');
  if (first[0] === '-DOCSTART-') return true;
  if (first.length >= 2 && !first.slice(1).every(isBioTag)) return false;
  const fields = line.split(separator).filter((field) => field !== '');
  return fields[0] === '-DOCSTART-' || (fields.length >= 2 && fields.slice(1).every(isBioTag));
}
