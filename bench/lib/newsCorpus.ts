import seedPage from '../../public/demo/000_884f1ecf36255e5d.txt?raw';
import type { ImportInput } from '../../src/features/library/import/importInput.ts';
import { pick, randomInt, seededRandom, shuffled } from './random.ts';

/**
 * Seed-like news pages, generated deterministically from the demo seed page: the same
 * layout (ticker, report-widget boilerplate, title, dateline, lead printed twice, body,
 * footer), with the title, date, source and body paragraphs varied so every page is a
 * different article. Import them with `headlines: false`: one article per file.
 */

const DATELINE_PREFIX = 'نشر في ';
const SOURCES = [
  'الاتحاد الاشتراكي',
  'هسبريس',
  'المساء',
  'الصباح',
  'أخبار اليوم',
  'العلم',
  'بيان اليوم',
  'التجديد',
  'الأحداث المغربية',
  'الشرق الأوسط',
];

interface SeedParts {
  /** Ticker line, blank lines and boilerplate above the title. */
  header: string[];
  /** Ticker headlines: the pool titles are drawn from. */
  headlines: string[];
  /** Distinct body paragraphs, lead first. */
  paragraphs: string[];
  /** Blank lines and the "read at the source" footer. */
  footer: string[];
}

let cachedParts: SeedParts | null = null;

function seedParts(): SeedParts {
  cachedParts ??= readSeedParts();
  return cachedParts;
}

/**
 * The seed page's distinct body paragraphs (lead first) and its ticker headlines: the
 * building blocks of the generated documents of the annotation, export and agreement
 * metrics (bench/lib/benchDocuments.ts).
 */
export function seedText(): { paragraphs: readonly string[]; headlines: readonly string[] } {
  const { paragraphs, headlines } = seedParts();
  return { paragraphs, headlines };
}

function readSeedParts(): SeedParts {
  const lines = seedPage.replace(/\r\n?/g, '\n').split('\n');
  const dateline = lines.findIndex((line) => line.startsWith(DATELINE_PREFIX));
  const footerAt = lines.findIndex((line, i) => i > dateline && line.startsWith('انقر هنا'));
  const ticker = lines[0] ?? '';
  const headlines = ticker.split(/\u00A0{2,}/).map((item) => item.trim()).filter(Boolean);
  const paragraphs = [...new Set(lines.slice(dateline + 1, footerAt).filter((line) => line.trim() !== ''))];
  if (dateline < 1 || footerAt < 0 || headlines.length < 10 || paragraphs.length < 5) {
    throw new Error('The seed page no longer has the layout bench/lib/newsCorpus.ts expects');
  }
  // Drop the trailing blank lines before the footer's position: they are re-added from the seed.
  let bodyEnd = footerAt;
  while (bodyEnd > dateline && (lines[bodyEnd - 1] ?? '').trim() === '') bodyEnd--;
  return {
    header: lines.slice(0, dateline - 1),
    headlines,
    paragraphs,
    footer: lines.slice(bodyEnd),
  };
}

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
function arabicDigits(n: number): string {
  return String(n).replace(/[0-9]/g, (d) => ARABIC_INDIC[Number(d)]!);
}

/** The text of `count` seed-like pages; page i is the same on every call with the same seed. */
export function newsPages(count: number, seed = 0x7a51): { name: string; text: string }[] {
  const parts = seedParts();
  const random = seededRandom(seed);
  const pages: { name: string; text: string }[] = [];
  for (let i = 0; i < count; i++) {
    // A ticker headline as the title, numbered so no two articles share a text.
    const title = `${pick(random, parts.headlines)} (${arabicDigits(i + 1)})`;
    const day = randomInt(random, 1, 28);
    const month = randomInt(random, 1, 12);
    const year = randomInt(random, 2008, 2025);
    const date = `${String(day).padStart(2, '0')} - ${String(month).padStart(2, '0')} - ${year}`;
    const dateline = `${DATELINE_PREFIX}${pick(random, SOURCES)} يوم ${date}`;
    const body = shuffled(random, parts.paragraphs).slice(0, randomInt(random, 4, parts.paragraphs.length));
    // The site prints the lead paragraph twice.
    const lines = [...parts.header, title, dateline, '', body[0]!, ...body, ...parts.footer];
    const hex = Math.floor(random() * 2 ** 32).toString(16).padStart(8, '0');
    pages.push({ name: `${String(i).padStart(5, '0')}_${hex}.txt`, text: lines.join('\n') });
  }
  return pages;
}

export interface GeneratedFiles {
  inputs: ImportInput[];
  files: File[];
  bytes: number;
}

/** Seed-like pages as UTF-8 bytes: ImportInputs over in-memory arrays, and Files for the worker. */
export function newsPageFiles(count: number, seed?: number): GeneratedFiles {
  const encoder = new TextEncoder();
  const inputs: ImportInput[] = [];
  const files: File[] = [];
  let bytes = 0;
  for (const page of newsPages(count, seed)) {
    const data = encoder.encode(page.text);
    bytes += data.byteLength;
    inputs.push({ name: page.name, size: data.byteLength, read: async () => data });
    files.push(new File([data], page.name, { type: 'text/plain' }));
  }
  return { inputs, files, bytes };
}
