import { Gunzip } from 'fflate';
import type { AnnotatedDocument, AnnotatedImport } from '../formats/annotatedDocument.ts';
import { SUGGESTION_ANNOTATOR } from '../model/annotation.ts';
import type { ParsedDocument } from '../model/document.ts';
import { importProblem } from '../model/importProblem.ts';
import type { ImportProblem, ImportProblemDetail } from '../model/importProblem.ts';
import { isGzipFile } from '../importers/gzipFile.ts';
import { decodeExchangeFile } from './exchangeFile.ts';
import type { ExchangeFormat } from './exchangeHeader.ts';
import type { ExchangeProblem } from './exchangeProblem.ts';
import { checkBundleHashes, parseProjectBundle } from './projectBundle.ts';
import type { BundleAnnotation, ProjectBundle } from './projectBundle.ts';

const HEADER = /^\uFEFF?\s*\{\s*"format"\s*:\s*"(tawsim-project-bundle|tawsim-work-package)"/;
const PEEK_BYTES = 4096;
const GZIP_CHUNK = 16 * 1024;

/**
 * The exchange file the bytes hold, judged by how the app writes one: gzipped (or not)
 * JSON opening with its "format". Anything else, a JSONL file among them, is null.
 */
export function exchangeFileFormat(bytes: Uint8Array): ExchangeFormat | null {
  let head = bytes.subarray(0, PEEK_BYTES);
  if (isGzipFile(bytes)) {
    try {
      head = gunzipStart(bytes);
    } catch {
      return null;
    }
  }
  // Every file an import reads comes here: most open with no brace, and are let go unread.
  if (!opensWithBrace(head)) return null;
  const match = HEADER.exec(decoder.decode(head));
  return match ? (match[1] as ExchangeFormat) : null;
}

const decoder = new TextDecoder();

/** Whether the first byte after a BOM and ASCII whitespace is "{". */
function opensWithBrace(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  return bytes[i] === 0x7b;
}

/** The first PEEK_BYTES (or more) of a gzip's content, without unpacking the rest. */
function gunzipStart(bytes: Uint8Array): Uint8Array {
  let head = new Uint8Array(0);
  const gunzip = new Gunzip((chunk) => {
    if (head.length < PEEK_BYTES) {
      const grown = new Uint8Array(head.length + chunk.length);
      grown.set(head);
      grown.set(chunk, head.length);
      head = grown;
    }
  });
  for (let offset = 0; offset < bytes.length && head.length < PEEK_BYTES; offset += GZIP_CHUNK) {
    gunzip.push(bytes.subarray(offset, offset + GZIP_CHUNK), offset + GZIP_CHUNK >= bytes.length);
  }
  return head;
}

/** An exchange problem of a bundle as an import problem of its file, for the CLI's FILE: REASON lines. */
function bundleProblem(problem: ExchangeProblem): ImportProblemDetail {
  switch (problem.code) {
    case 'unreadable':
      return { code: 'bundle-unreadable', values: {} };
    case 'not-json':
      return { code: 'bundle-not-json', values: {} };
    case 'newer-version':
      return { code: 'bundle-newer-version', values: { version: problem.found, supported: problem.supported } };
    case 'invalid':
      return { code: 'bundle-field', values: { path: problem.path, reason: problem.reason } };
    case 'too-many-problems':
      return { code: 'bundle-more-problems', values: { n: problem.more } };
    case 'hash-mismatch':
      return { code: 'bundle-hash-mismatch', values: { document: problem.document } };
    // A bundle's header names its format, and only work packages are matched against a project.
    case 'wrong-format':
    case 'missing-documents':
    case 'schema-differs':
      return { code: 'bundle-unreadable', values: {} };
  }
}

/** A bundle read and checked whole (fields, offsets, each text against its hash), or its problems as the file's. */
async function openProjectBundle(bytes: Uint8Array, file: string): Promise<{ bundle: ProjectBundle } | { problems: ImportProblem[] }> {
  const refused = (problems: readonly ExchangeProblem[]) => ({ problems: problems.map((problem) => importProblem(file, null, bundleProblem(problem))) });
  const decoded = decodeExchangeFile(bytes);
  if (!decoded.ok) return refused([decoded.problem]);
  const parsed = parseProjectBundle(decoded.value);
  if (!parsed.ok) return refused(parsed.problems);
  const mismatched = await checkBundleHashes(parsed.bundle);
  return mismatched.length > 0 ? refused(mismatched) : { bundle: parsed.bundle };
}

/**
 * The annotation sets of a project bundle as annotated documents, in the bundle's
 * document order and, per document, its order of sets: every annotator's and gold,
 * not the import's suggestions (which the app's export and review leave out too).
 * Offsets stay UTF-16, as inside the app. A bundle with any problem (a field, an
 * offset, a text that is not its hash's) gives no documents, as the app opens none.
 */
export async function readProjectBundle(bytes: Uint8Array, file: string): Promise<AnnotatedImport> {
  const opened = await openProjectBundle(bytes, file);
  if ('problems' in opened) return { documents: [], problems: opened.problems };
  const { bundle } = opened;
  const setsOf = new Map<string, BundleAnnotation[]>();
  for (const set of bundle.annotations) {
    if (set.annotator === SUGGESTION_ANNOTATOR) continue;
    const sets = setsOf.get(set.document);
    if (sets) sets.push(set);
    else setsOf.set(set.document, [set]);
  }
  const documents: AnnotatedDocument[] = [];
  for (const doc of bundle.documents) {
    for (const set of setsOf.get(doc.id) ?? []) {
      documents.push({ id: doc.id, text: doc.text, meta: doc.meta, annotator: set.annotator, status: set.status, entities: set.entities, events: set.events, stance: set.stance });
    }
  }
  return { documents, problems: [] };
}

/**
 * Every document of a project bundle, annotated or not, as text and meta (what `tawsim
 * import` writes), and how many of them an annotator or gold annotated.
 */
export async function readProjectBundleTexts(bytes: Uint8Array, file: string): Promise<{ documents: ParsedDocument[]; problems: ImportProblem[]; annotated: number }> {
  const opened = await openProjectBundle(bytes, file);
  if ('problems' in opened) return { documents: [], problems: opened.problems, annotated: 0 };
  const { bundle } = opened;
  const annotated = new Set(bundle.annotations.filter((set) => set.annotator !== SUGGESTION_ANNOTATOR).map((set) => set.document));
  return {
    documents: bundle.documents.map((doc) => ({ text: doc.text, meta: doc.meta })),
    problems: [],
    annotated: bundle.documents.filter((doc) => annotated.has(doc.id)).length,
  };
}

/** Why a work package cannot be read as annotated documents: it holds hashes, not texts. */
export function workPackageProblem(file: string): ImportProblem {
  return importProblem(file, null, { code: 'work-package-without-texts', values: {} });
}
