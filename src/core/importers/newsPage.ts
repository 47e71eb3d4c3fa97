import type { DocumentMeta, ParsedDocument } from '../model/document.ts';
import { importProblem } from '../model/importProblem.ts';
import type { ImportProblem } from '../model/importProblem.ts';
import { arabicSearchKey } from '../text/arabicSearchKey.ts';
import { splitLines } from '../text/splitLines.ts';
import type { PreviewSegment, SegmentRole } from './previewSegment.ts';

/**
 * Pages scraped from an Arabic news aggregator: a headline ticker, report-widget
 * boilerplate, the title, the dateline "نشر في <source> يوم d - m - yyyy", the body
 * (whose lead paragraph the site prints twice) and a "read at the source" footer.
 * Only the dateline is required; every other part may be missing.
 */

export interface NewsPageOptions {
  /** Import the ticker items as headline documents. */
  headlines: boolean;
  /** Also say what became of every line, for the import preview. */
  segments: boolean;
}

export interface NewsPageResult {
  documents: ParsedDocument[];
  problems: ImportProblem[];
  segments: PreviewSegment[];
}

const DIGIT = '[0-9\u0660-\u0669\u06F0-\u06F9]';
// Hyphen, slash or dot, and the dashes a site or an editor may put instead of the hyphen.
const DATE_SEPARATOR = '\\s*[-/.\u2010-\u2015\u2212]\\s*';
const DATELINE = new RegExp(
  `^\\s*نشر\\s+(?:في|فى)\\s+(\\S.{0,150}?)\\s+يوم\\s+(${DIGIT}{1,2})${DATE_SEPARATOR}(${DIGIT}{1,2})${DATE_SEPARATOR}(${DIGIT}{4})\\s*$`,
  'u',
);

const DATELINE_WORD = 'نشر';
const LINE_BREAK = /[\n\r]/g;

// Runs of no-break spaces separate the ticker's headlines.
const TICKER_SEPARATOR = /\u00A0{2,}/;

const BOILERPLATE = new Set(
  ['شكرا على الإبلاغ!', 'سيتم حجب هذه الصورة تلقائيا عندما يتم الإبلاغ عنها من طرف عدة أشخاص.'].map(looseKey),
);
const FOOTER = looseKey('انقر هنا لقراءة الخبر من مصدره.');
/** Longer than any boilerplate line even with generous padding, tashkeel or tatweel. */
const MAX_BOILERPLATE_LENGTH = 400;
/** A line with more Arabic letters than the longest boilerplate key cannot normalise to any of them. */
const MAX_BOILERPLATE_LETTERS = Math.max(...[...BOILERPLATE, FOOTER].map((key) => arabicLetters(key, Infinity)));

export function isNewsPage(text: string): boolean {
  // Only a line starting with the dateline's first word (after spaces) can be one: no
  // split of the whole text, and a word elsewhere in a line costs a look back to its start.
  for (let at = text.indexOf(DATELINE_WORD); at !== -1; at = text.indexOf(DATELINE_WORD, at + 1)) {
    let start = at;
    while (start > 0 && /[^\S\n\r]/.test(text[start - 1]!)) start--;
    if (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') continue;
    LINE_BREAK.lastIndex = at;
    const end = LINE_BREAK.exec(text)?.index ?? text.length;
    if (DATELINE.test(text.slice(start, end))) return true;
  }
  return false;
}

export function parseNewsPage(text: string, file: string, options: NewsPageOptions): NewsPageResult {
  const raw = splitLines(text);
  const lines = raw.map((line) => line.trimEnd());
  const datelines = lines.flatMap((line, i) => (DATELINE.test(line) ? [i] : []));
  if (datelines.length === 0) {
    return {
      documents: [],
      problems: [importProblem(file, null, { code: 'not-news-page', values: {} })],
      segments: [],
    };
  }

  const roles: SegmentRole[] = lines.map((line, i) => outsideRole(line, raw[i] ?? ''));
  const articles: ParsedDocument[] = [];
  const problems: ImportProblem[] = [];

  // A file may hold several pages joined together: each dateline starts an article.
  const titles = datelines.map((d, k) => findTitle(roles, d, datelines[k - 1] ?? -1));
  datelines.forEach((d, k) => {
    const title = titles[k] ?? null;
    const next = titles[k + 1] ?? datelines[k + 1] ?? lines.length;
    roles[d] = 'dateline';
    if (title !== null) roles[title] = 'title';
    const body = markBody(roles, lines, d + 1, next);
    const dateline = parseDateline(lines[d] ?? '');
    if (dateline.date === null) problems.push(importProblem(file, d + 1, { code: 'invalid-date', values: { date: dateline.rawDate } }));
    if (title === null) problems.push(importProblem(file, d + 1, { code: 'no-title', values: {} }));
    if (body.length === 0) problems.push(importProblem(file, d + 1, { code: 'no-body', values: {} }));
    const paragraphs = [...(title === null ? [] : [title]), ...body].map((i) => lines[i] ?? '');
    const start = title ?? body[0];
    if (start === undefined) return;
    const meta: DocumentMeta = {
      kind: 'article',
      ...(title === null ? {} : { title: lines[title] }),
      source: dateline.source,
      ...(dateline.date === null ? {} : { date: dateline.date }),
      file,
      line: start + 1,
    };
    articles.push({ text: paragraphs.join('\n'), meta });
  });

  const headlines: ParsedDocument[] = [];
  const segments: PreviewSegment[] = [];
  lines.forEach((line, i) => {
    const role = roles[i] ?? 'other';
    if (role === 'ticker' && options.headlines) {
      for (const item of tickerItems(raw[i] ?? '')) {
        headlines.push({ text: item, meta: { kind: 'headline', file, line: i + 1 } });
        if (options.segments) segments.push({ line: i + 1, text: item, action: 'kept', role: 'headline' });
      }
    } else if (options.segments) {
      segments.push(segment(i + 1, line, role));
    }
  });

  return { documents: [...articles, ...headlines], problems, segments };
}

/** The role of a line on its own, before the articles' titles, datelines and bodies are marked. */
function outsideRole(line: string, raw: string): SegmentRole {
  if (line.trim() === '') return 'blank';
  if (TICKER_SEPARATOR.test(raw)) return 'ticker';
  // Boilerplate and footer lines are short; normalising every long body paragraph
  // just to compare it with them was most of an import's parsing time.
  if (line.length > MAX_BOILERPLATE_LENGTH || arabicLetters(line, MAX_BOILERPLATE_LETTERS) > MAX_BOILERPLATE_LETTERS) return 'other';
  const key = looseKey(line);
  if (BOILERPLATE.has(key)) return 'boilerplate';
  if (key === FOOTER) return 'footer';
  return 'other';
}

/**
 * The nearest content line above the dateline, not reaching back into the previous
 * article. A line with no-break-space runs counts: titles are scraped with them too.
 */
function findTitle(roles: SegmentRole[], dateline: number, floor: number): number | null {
  for (let i = dateline - 1; i > floor; i--) {
    if (roles[i] === 'other' || roles[i] === 'ticker') return i;
    if (roles[i] !== 'blank' && roles[i] !== 'boilerplate') return null;
  }
  return null;
}

/**
 * Marks the body lines in [from, to) and returns the kept ones. The footer ends the
 * body; what follows it keeps its own role (a joined page's ticker stays a ticker).
 * Inside the body a line with no-break-space runs is body text, not a ticker.
 */
function markBody(roles: SegmentRole[], lines: string[], from: number, to: number): number[] {
  const kept: number[] = [];
  for (let i = from; i < to && roles[i] !== 'footer'; i++) {
    if (roles[i] !== 'other' && roles[i] !== 'ticker') continue;
    const first = kept[0];
    // The site repeats the lead paragraph verbatim as the second one.
    if (kept.length === 1 && first !== undefined && lines[first] === lines[i]) {
      roles[i] = 'repeated-lead';
    } else {
      roles[i] = 'body';
      kept.push(i);
    }
  }
  return kept;
}

function parseDateline(line: string): { source: string; date: string | null; rawDate: string } {
  const match = DATELINE.exec(line);
  const [, source = '', day = '', month = '', year = ''] = match ?? [];
  const [d, m, y] = [day, month, year].map((digits) => Number(asciiDigits(digits)));
  const rawDate = `${day} - ${month} - ${year}`;
  const valid =
    d !== undefined && m !== undefined && y !== undefined &&
    new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d && m >= 1 && m <= 12;
  const date = valid ? `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : null;
  return { source: source.trim(), date, rawDate };
}

function tickerItems(raw: string): string[] {
  return raw
    .split(TICKER_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function segment(line: number, text: string, role: SegmentRole): PreviewSegment {
  const kept = role === 'title' || role === 'body';
  return { line, text, action: kept ? 'kept' : 'dropped', role };
}

/** Boilerplate matches whatever its hamzas, vowels and punctuation. */
function looseKey(line: string): string {
  return arabicSearchKey(line).replace(/[\p{P}\s]/gu, '');
}

/**
 * Arabic letters (U+0621–U+064A without tatweel) in the line, counting stops just past
 * `limit`. looseKey keeps each of them as one such letter (folding and NFKC map them to
 * letters of the range, composing a mark onto one keeps it one) and may add more (from
 * presentation forms), so a key has at least as many as its line.
 */
function arabicLetters(line: string, limit: number): number {
  let count = 0;
  for (let i = 0; i < line.length && count <= limit; i++) {
    const code = line.charCodeAt(i);
    if (code >= 0x0621 && code <= 0x064a && code !== 0x0640) count++;
  }
  return count;
}

function asciiDigits(digits: string): string {
  return digits.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (c) => {
    const code = c.charCodeAt(0);
    return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
  });
}
