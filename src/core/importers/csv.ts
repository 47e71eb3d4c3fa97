import type { ParsedDocument } from '../model/document.ts';
import { importProblem } from '../model/importProblem.ts';
import type { ImportProblem, ImportProblemDetail } from '../model/importProblem.ts';
import { normaliseNewlines } from '../text/decodeFile.ts';
import { recordMeta } from './recordMeta.ts';

export type CsvDelimiter = ',' | '\t' | ';' | ' ';

export interface CsvOptions {
  /** The column holding the document text. */
  textField?: string;
  /** Guessed from the name and the first lines when absent (see csvDelimiter). */
  delimiter?: CsvDelimiter;
}

export interface CsvResult {
  documents: ParsedDocument[];
  problems: ImportProblem[];
}

/** One row as read: the line it starts on, its fields, and what was wrong with its quoting. */
interface CsvRow {
  line: number;
  fields: string[];
  error: 'unclosed-quote' | 'text-after-quote' | null;
}

const TSV_NAME = /\.(tsv|tab)$/i;

/**
 * The delimiter of a file: a tab for .tsv and .tab, else whichever of comma, tab and
 * semicolon the first line has most of outside quotes; with none of them, a space for a
 * table of quoted records under a header of names (as MArSum is shipped), else a comma.
 */
export function csvDelimiter(file: string, text: string): CsvDelimiter {
  if (TSV_NAME.test(file)) return '\t';
  const counts = { ',': 0, '\t': 0, ';': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === '\t' || c === ';')) counts[c]++;
  }
  if (counts[','] + counts['\t'] + counts[';'] === 0) return quotedTable(text)?.delimiter === ' ' ? ' ' : ',';
  return counts['\t'] > counts[','] && counts['\t'] >= counts[';'] ? '\t' : counts[';'] > counts[','] ? ';' : ',';
}

const HEADER_NAME = /^[\p{L}\p{N}_.-]+$/u;
/** Records read to tell a table from prose. */
const SAMPLE_RECORDS = 3;

/**
 * The delimiter and columns of a text laid out as a table of quoted records, whatever its file's name:
 * a first line of two or more names (letters, digits, _ . -) separated by one delimiter,
 * the next line opening a quoted field, and the first records holding as many fields as
 * the header, quoted properly. Null for anything else: prose does not look like this.
 */
export function quotedTable(text: string): { delimiter: CsvDelimiter; columns: string[] } | null {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const headerEnd = body.search(/[\r\n]/);
  if (headerEnd <= 0) return null;
  const nextLine = headerEnd + (body.startsWith('\r\n', headerEnd) ? 2 : 1);
  if (body[nextLine] !== '"') return null;
  const header = body.slice(0, headerEnd);
  for (const delimiter of [',', '\t', ';', ' '] as const) {
    const columns = header.split(delimiter);
    if (columns.length < 2 || !columns.every((name) => HEADER_NAME.test(name))) continue;
    let records = 0;
    for (const row of csvRows(body, delimiter)) {
      if (row.line === 1) continue;
      if (isBlank(row)) continue;
      if (row.error !== null || row.fields.length !== columns.length) return null;
      if (++records === SAMPLE_RECORDS) break;
    }
    return records > 0 ? { delimiter, columns } : null;
  }
  return null;
}

/**
 * The rows of a CSV text as RFC 4180 has them: fields in double quotes may hold the
 * delimiter, line breaks and "" for a quote; rows end at LF, CRLF or a lone CR. Lenient
 * where common writers are: a quote inside an unquoted field is kept as a character.
 */
function* csvRows(text: string, delimiter: CsvDelimiter): Generator<CsvRow> {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const lineBreakAt = (at: number) => text[at] === '\n' || (text[at] === '\r' && text[at + 1] !== '\n');
  // The end of an unquoted stretch: the next delimiter or line break.
  const stretchEnd = (from: number) => {
    let at = from;
    while (at < n && text[at] !== delimiter && text[at] !== '\n' && text[at] !== '\r') at++;
    return at;
  };
  while (i < n) {
    const row: CsvRow = { line, fields: [], error: null };
    for (;;) {
      let value: string;
      if (text[i] === '"') {
        let chunk = ++i;
        let closed = false;
        value = '';
        while (i < n) {
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              value += text.slice(chunk, i + 1);
              i += 2;
              chunk = i;
              continue;
            }
            value += text.slice(chunk, i);
            i++;
            closed = true;
            break;
          }
          if (lineBreakAt(i)) line++;
          i++;
        }
        if (!closed) {
          value += text.slice(chunk);
          row.error ??= 'unclosed-quote';
        } else if (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') {
          const end = stretchEnd(i);
          value += text.slice(i, end);
          i = end;
          row.error ??= 'text-after-quote';
        }
      } else {
        const end = stretchEnd(i);
        value = text.slice(i, end);
        i = end;
      }
      row.fields.push(value);
      if (i < n && text[i] === delimiter) {
        i++;
        continue;
      }
      break;
    }
    if (i < n) {
      i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
    }
    yield row;
  }
}

function isBlank(row: CsvRow): boolean {
  return row.fields.length === 1 && row.fields[0]!.trim() === '';
}

/** Header names as meta keys: an empty one is named by its position, a repeated one gets _2, _3, … */
function columnNames(header: readonly string[]): { names: string[]; renamed: [string, string][] } {
  const names: string[] = [];
  const renamed: [string, string][] = [];
  const used = new Set<string>();
  header.forEach((raw, index) => {
    const base = raw.trim() === '' ? `column_${index + 1}` : raw;
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
    if (name !== base) renamed.push([base, name]);
    used.add(name);
    names.push(name);
  });
  return { names, renamed };
}

/** The header's column names (after naming empty and repeated ones), for choosing the text column. */
export function csvColumnNames(text: string, file: string, delimiter: CsvDelimiter = csvDelimiter(file, text)): string[] {
  for (const row of csvRows(text, delimiter)) {
    if (!isBlank(row)) return columnNames(row.fields).names;
  }
  return [];
}

/** One row of a table with a header: its fields by column name, and the line it starts on. */
export interface CsvRecord {
  line: number;
  record: Record<string, string>;
}

/**
 * The rows of a CSV or TSV text with a header row, by column name. The header must
 * name every `required` column, else nothing is read and that is reported. A row with
 * another number of fields than the header, or broken quoting, is reported and skipped;
 * so are blank lines, silently.
 */
export function csvRecords(
  text: string,
  file: string,
  options: { delimiter?: CsvDelimiter; required: readonly string[] },
): { records: CsvRecord[]; problems: ImportProblem[] } {
  const delimiter = options.delimiter ?? csvDelimiter(file, text);
  const records: CsvRecord[] = [];
  const problems: ImportProblem[] = [];
  let columns: string[] | null = null;
  for (const row of csvRows(text, delimiter)) {
    if (isBlank(row)) continue;
    const report = (detail: ImportProblemDetail) => problems.push(importProblem(file, row.line, detail));
    if (columns === null) {
      const { names, renamed } = columnNames(row.fields);
      columns = names;
      for (const [base, name] of renamed) report({ code: 'duplicate-column', values: { column: base, name } });
      const missing = options.required.find((column) => !names.includes(column));
      if (missing !== undefined) {
        report({ code: 'missing-column', values: { column: missing, columns: columns.join(', ') } });
        break;
      }
      continue;
    }
    if (row.error) {
      report({ code: row.error, values: {}, skipped: 'row' });
      continue;
    }
    if (row.fields.length !== columns.length) {
      report({ code: 'field-count', values: { n: row.fields.length, columns: columns.length }, skipped: 'row' });
      continue;
    }
    // fromEntries defines own properties, so a "__proto__" column stays a plain field.
    records.push({ line: row.line, record: Object.fromEntries(columns.map((name, i) => [name, row.fields[i]!])) });
  }
  if (columns === null) problems.push(importProblem(file, null, { code: 'no-header', values: {} }));
  return { records, problems };
}

/**
 * CSV or TSV with a header row: one document per row, its text from the chosen column
 * (default "text"), the other columns in meta as strings, meta.line the line the row
 * starts on. A row with another number of fields than the header, or broken quoting,
 * is reported and skipped; the other rows still import. Blank lines are skipped.
 */
export function parseCsv(text: string, file: string, options: CsvOptions = {}): CsvResult {
  const { textField = 'text' } = options;
  const { records, problems } = csvRecords(text, file, { delimiter: options.delimiter, required: [textField] });
  const documents: ParsedDocument[] = [];
  for (const { line, record } of records) {
    const report = (detail: ImportProblemDetail) => problems.push(importProblem(file, line, detail));
    const docText = normaliseNewlines(record[textField]!);
    if (docText.trim() === '') {
      report({ code: 'empty-column', values: { column: textField } });
      continue;
    }
    record[textField] = docText;
    documents.push({ text: docText, meta: recordMeta(record, textField, file, line, report) });
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { documents, problems };
}
