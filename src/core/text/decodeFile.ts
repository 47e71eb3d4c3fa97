import { importProblem } from '../model/importProblem.ts';
import type { ImportProblem, ImportProblemDetail } from '../model/importProblem.ts';

/** A file turned into Tawsim text, or text null when the file is not usable text. */
export interface DecodedFile {
  text: string | null;
  /** 1-based lines that held invalid UTF-8; they were decoded with U+FFFD in place of the bad bytes. */
  badLines: Set<number>;
  problems: ImportProblem[];
}

// Above this share of U+FFFD the file is not UTF-8 at all: binary, or a legacy code page such as Windows-1256.
const MAX_UNDECODABLE_SHARE = 0.3;

/**
 * Decodes a file's bytes as UTF-8 into the canonical form every importer reads.
 * Document text is immutable after import and annotation offsets point into it,
 * so the BOM is stripped and CRLF and lone CR become LF here, once, for good.
 */
export function decodeFile(bytes: Uint8Array, file: string): DecodedFile {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return bytes.includes(0) ? binary(bytes, file) : decodeInvalid(bytes, file);
  }
  // A NUL byte decodes to U+0000: searching the text spares a second pass over the bytes.
  return text.includes('\0') ? binary(bytes, file) : normalised(text, file);
}

function binary(bytes: Uint8Array, file: string): DecodedFile {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return rejected(file, { code: utf16 ? 'binary-utf16' : 'binary-file', values: {} });
}

/** The same normalisation for text that is already a string (BOM, newlines, empty or NUL checks). */
export function decodeString(text: string, file: string): DecodedFile {
  if (text.includes('\0')) return rejected(file, { code: 'nul-characters', values: {} });
  return normalised(text, file);
}

/** BOM, newlines and the empty check, for text known to hold no NUL. */
function normalised(text: string, file: string): DecodedFile {
  const lf = normaliseNewlines(text.startsWith('\uFEFF') ? text.slice(1) : text);
  if (lf.trim() === '') return rejected(file, { code: 'empty-file', values: {} });
  return { text: lf, badLines: new Set(), problems: [] };
}

export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Decodes LF-separated chunks one by one (a LF byte never occurs inside a UTF-8
 * sequence) so the lines holding bad bytes can be named.
 */
function decodeInvalid(bytes: Uint8Array, file: string): DecodedFile {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true });
  const chunks: string[] = [];
  const badLines = new Set<number>();
  let replaced = 0;
  let line = 1;
  let start = 0;
  while (start <= bytes.length) {
    const lf = bytes.indexOf(0x0a, start);
    const end = lf === -1 ? bytes.length : lf;
    const slice = bytes.subarray(start, end);
    let chunk: string;
    try {
      chunk = strict.decode(slice);
    } catch {
      chunk = lenient.decode(slice);
      // A chunk holds several lines when it contains lone CRs; mark those showing U+FFFD.
      const subLines = (lf !== -1 && chunk.endsWith('\r') ? chunk.slice(0, -1) : chunk).split('\r');
      subLines.forEach((sub, i) => {
        if (sub.includes('\uFFFD')) badLines.add(line + i);
      });
      replaced += chunk.split('\uFFFD').length - 1;
    }
    chunks.push(chunk);
    const crs = chunk.split('\r').length - 1 - (lf !== -1 && chunk.endsWith('\r') ? 1 : 0);
    line += 1 + crs;
    if (lf === -1) break;
    start = lf + 1;
  }
  const decoded = decodeString(chunks.join('\n'), file);
  if (decoded.text === null) return decoded;
  const share = replaced / decoded.text.length;
  if (share > MAX_UNDECODABLE_SHARE) {
    return rejected(file, { code: 'not-utf8', values: { percent: Math.round(share * 100) } });
  }
  const problems = [...badLines].map((bad) => importProblem(file, bad, { code: 'invalid-utf8-replaced', values: {} }));
  return { text: decoded.text, badLines, problems };
}

/**
 * The decoding problems to report: a reader that skips the lines with invalid UTF-8 (those
 * that parse a record per line) says so, instead of that the bytes were replaced.
 */
export function decodeProblems(decoded: DecodedFile, skipsBadLines: boolean): ImportProblem[] {
  if (!skipsBadLines) return decoded.problems;
  return decoded.problems.map((problem) =>
    problem.line !== null && decoded.badLines.has(problem.line) ? importProblem(problem.file, problem.line, { code: 'invalid-utf8', values: {}, skipped: 'line' }) : problem,
  );
}

function rejected(file: string, detail: ImportProblemDetail): DecodedFile {
  return { text: null, badLines: new Set(), problems: [importProblem(file, null, detail)] };
}
