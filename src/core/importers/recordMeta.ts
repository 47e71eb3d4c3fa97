import { isDocumentKind } from '../formats/importedMeta.ts';
import { isJsonObject, MAX_JSON_DEPTH } from '../formats/jsonValue.ts';
import type { DocumentKind, DocumentMeta } from '../model/document.ts';
import type { ImportProblemDetail } from '../model/importProblem.ts';

const RESERVED = new Set(['kind', 'title', 'source', 'date', 'file', 'line']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The meta of a document read from a record of texts (a JSONL object, a CSV row): the
 * fields other than the text, with a "meta" object (Tawsim's own export) merged in and
 * winning over top-level fields. kind, title, source and date are kept when they are
 * valid; file and line always name where the record is, and a value that cannot take a
 * reserved key moves to original_<key>. Values nested too deep to clone are dropped,
 * and each drop or loss of precision is reported.
 */
export function recordMeta(
  record: Record<string, unknown>,
  textField: string,
  file: string,
  line: number,
  report: (detail: ImportProblemDetail) => void,
): DocumentMeta {
  const fields = Object.entries(record).filter(([key]) => key !== textField && key !== 'meta');
  const nested = record.meta;
  if (isJsonObject(nested)) fields.push(...Object.entries(nested));
  else if (nested !== undefined && textField !== 'meta') fields.push(['original_meta', nested]);

  let kind: DocumentKind = 'text';
  const known: [string, unknown][] = [];
  const extra: [string, unknown][] = [];
  for (const [key, value] of fields) {
    const issue = inspect(value, 0);
    if (issue === 'too-deep') {
      report({ code: 'field-too-deep', values: { field: key, depth: MAX_JSON_DEPTH } });
      continue;
    }
    if (issue === 'imprecise-number') report({ code: 'imprecise-number', values: { field: key } });
    if (key === 'kind' && isDocumentKind(value)) kind = value;
    else if ((key === 'title' || key === 'source') && typeof value === 'string') known.push([key, value]);
    else if (key === 'date' && typeof value === 'string' && ISO_DATE.test(value)) known.push([key, value]);
    else extra.push([RESERVED.has(key) ? `original_${key}` : key, value]);
  }
  // fromEntries defines own properties, so a "__proto__" field stays a plain field.
  return Object.fromEntries([['kind', kind], ...known, ['file', file], ['line', line], ...extra]) as DocumentMeta;
}

type Issue = 'too-deep' | 'imprecise-number' | null;

/** Depth is bounded by MAX_JSON_DEPTH, so this recursion cannot overflow. */
function inspect(value: unknown, depth: number): Issue {
  if (typeof value === 'number') return Number.isSafeInteger(value) || (Number.isFinite(value) && !Number.isInteger(value)) ? null : 'imprecise-number';
  if (typeof value !== 'object' || value === null) return null;
  if (depth >= MAX_JSON_DEPTH) return 'too-deep';
  let found: Issue = null;
  for (const child of Object.values(value)) {
    const issue = inspect(child, depth + 1);
    if (issue === 'too-deep') return issue;
    found ??= issue;
  }
  return found;
}
