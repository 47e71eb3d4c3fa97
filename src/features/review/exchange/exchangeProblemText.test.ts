import { describe, expect, it } from 'vitest';
import { EXCHANGE_REASON_CODES, invalidField } from '../../../core/exchange/exchangeProblem.ts';
import type { ExchangeProblem, ExchangeReason } from '../../../core/exchange/exchangeProblem.ts';
import { EXCHANGE_REASON_ENGLISH } from '../../../core/exchange/exchangeReasonEnglish.ts';
import { parseProjectBundle } from '../../../core/exchange/projectBundle.ts';
import { createWorkPackage, parseWorkPackage } from '../../../core/exchange/workPackage.ts';
import { defaultSchema } from '../../../core/schema/defaultSchema.ts';
import { catalogues, formatMessage, messageFormats, type Locale } from '../../../ui/i18n/locale.ts';
import type { MessageKey } from '../../../ui/i18n/messagesEn.ts';
import { exchangeProblemText } from './exchangeProblemText.ts';

const tIn = (locale: Locale) => (key: MessageKey, values?: Record<string, string | number>) =>
  formatMessage(catalogues[locale][key], values, messageFormats(locale));
const withoutIsolates = (text: string) => text.replace(/[\u2068\u2069]/g, '');
const outsideIsolates = (text: string) => text.replace(/\u2068[^\u2069]*\u2069/g, '');
/** What the Arabic keeps in Latin: JSON keys and literals in «», and the names of standards. */
const technical = /«[^»]*»|ISO 8601|SHA-256|\bnull\b|#rrggbb/g;

const HASH = 'a'.repeat(64);

/** A package with many kinds of bad fields, and a bundle with others: the problems as the readers report them. */
function problems(): ExchangeProblem[] {
  const pkg = JSON.parse(
    JSON.stringify(
      createWorkPackage(
        {
          annotator: 'Amal',
          project: { id: 'demo', name: 'Demo' },
          schema: defaultSchema(),
          documents: [{ id: HASH.slice(0, 16), hash: HASH, title: 'عنوان', status: 'done', updatedAt: 1, entities: [{ id: 'e1', start: 1, end: 3, label: 'GPE' }], events: [], stance: [] }],
        },
        new Date(0),
      ),
    ),
  );
  pkg.annotator = '~suggestions';
  pkg.exportedAt = 'yesterday';
  const [doc] = pkg.documents;
  doc.entities.push({ id: 'e2', start: 3, end: 2, label: 'GPE' }, { id: 'e3', start: 0, end: 1, label: 'سلاح' }, { id: 'e1', start: 0, end: 1, label: 'GPE' }, { id: 'e4' });
  doc.events = [{ id: 'v1', type: 'Justice:Arrest-Jail', trigger: null, arguments: [{ role: 'Person', entity: 'e9' }] }, { id: 'v2', type: 'Nope' }];
  doc.stance = [{ id: 's1', target: 'x', targetEntity: null, label: 'FAVOR' }];
  pkg.documents.push({ ...doc }, { hash: 'x' });
  const pkgResult = parseWorkPackage(pkg);

  const schema = defaultSchema();
  schema.entities[0]!.tag = 'A B';
  schema.entities[1]!.hotkey = 'KeyZ';
  schema.entities[2]!.name = { en: '', ar: 'مهنة' };
  const schemaResult = parseWorkPackage({ ...pkg, annotator: 'Amal', exportedAt: '2025-01-01T00:00:00Z', schema });

  const bundle = {
    format: 'tawsim-project-bundle',
    version: 1,
    offset_unit: 'utf16',
    exportedAt: '2025-01-01T00:00:00Z',
    project: { id: 'p', name: 'مشروع' },
    schema: defaultSchema(),
    documents: [{ id: 'd1', hash: HASH, title: '', text: 'نص قصير', meta: { kind: 'text' } }, { id: 'd1', hash: HASH, text: '', meta: { kind: 'text' } }],
    annotations: [
      { document: 'd1', annotator: 'سارة', status: 'done', updatedAt: 1, entities: [{ id: 'e1', start: 0, end: 99, label: 'GPE' }], events: [], stance: [] },
      { document: 'd1', annotator: 'سارة' },
      { document: 'd9', annotator: 'سارة' },
    ],
  };
  const bundleResult = parseProjectBundle(bundle);
  return [pkgResult, schemaResult, bundleResult].flatMap((result) => (result.ok ? [] : result.problems));
}

/** Values for every placeholder the English of a code names. */
function sample(code: (typeof EXCHANGE_REASON_CODES)[number]): ExchangeReason {
  const names = [...EXCHANGE_REASON_ENGLISH[code].matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  return (names.length > 0 ? { code, values: Object.fromEntries(names.map((name) => [name, 'x'])) } : { code }) as ExchangeReason;
}

describe('exchangeProblemText', () => {
  const fields = problems().filter((problem) => problem.code === 'invalid');

  it('says a bad field in English as core words it: the path, then the reason', () => {
    expect(fields.length).toBeGreaterThan(15);
    for (const problem of fields) {
      const { text, details } = exchangeProblemText(tIn('en'), problem);
      expect(text).toBe('Fields that are not right:');
      expect(details.map(withoutIsolates)).toEqual([`${problem.path}: ${problem.reason}`]);
    }
  });

  it('says the bad fields of packages and bundles in Arabic, with no English but the paths and values from the file', () => {
    for (const problem of fields) {
      const [detail] = exchangeProblemText(tIn('ar'), problem).details;
      expect(outsideIsolates(detail!), problem.reason).not.toMatch(/\b(is|not|needs|must|and|the|of|in|no|twice)\b/);
      expect(outsideIsolates(detail!).replace(technical, ''), problem.reason).not.toMatch(/[A-Za-z]/);
    }
    const arabic = (path: string) => fields.filter((problem) => problem.path === path).map((problem) => exchangeProblemText(tIn('ar'), problem).details[0]);
    // The path's colon outside its isolate: in a right-to-left sentence it goes between the path and the words.
    expect(arabic('annotator')).toEqual(['\u2068annotator\u2069: الاسم «\u2068~suggestions\u2069» محجوز']);
    expect(arabic('documents[0].entities[2].label').map((text) => withoutIsolates(text!))).toEqual(['documents[0].entities[2].label: «سلاح» ليس وسم كيان في المخطط']);
    expect(arabic('annotations[0].entities[0]').map((text) => withoutIsolates(text!))).toEqual(['annotations[0].entities[0]: ينتهي عند 99، بعد نهاية النص (7)']);
    expect(arabic('schema.entities[2].name.en').map((text) => withoutIsolates(text!))).toEqual(['schema.entities[2].name.en: الاسم الإنجليزي فارغ.']);
  });

  it('has every reason code in both catalogues, the English being core’s', () => {
    for (const code of EXCHANGE_REASON_CODES) {
      const key = `exchange.reason.${code}` as MessageKey;
      expect(catalogues.en[key], code).toBe(EXCHANGE_REASON_ENGLISH[code]);
      expect(catalogues.ar[key], code).toBeTruthy();
    }
  });

  it('words every reason code in Arabic, filling every value, with no English but the values and technical names', () => {
    for (const code of EXCHANGE_REASON_CODES) {
      const [detail] = exchangeProblemText(tIn('ar'), invalidField('a.b', sample(code))).details;
      expect(detail!.replace('{en, ar}', ''), code).not.toMatch(/[{}]/);
      expect(outsideIsolates(detail!).replace(technical, ''), code).not.toMatch(/[A-Za-z]/);
    }
  });

  it('says where the other of the two downloaded files opens, when one is chosen for the other', () => {
    const bundleAsPackage: ExchangeProblem = { code: 'wrong-format', expected: 'tawsim-work-package', found: 'tawsim-project-bundle' };
    const packageAsBundle: ExchangeProblem = { code: 'wrong-format', expected: 'tawsim-project-bundle', found: 'tawsim-work-package' };
    expect(exchangeProblemText(tIn('en'), bundleAsPackage).text).toBe(
      'This is a project bundle, not a work package: open it from the projects screen (“Open a project bundle”), which makes a new project of it.',
    );
    expect(exchangeProblemText(tIn('ar'), packageAsBundle).text).toBe('هذه حزمة عمل وليست حزمة مشروع: استوردها في «استيراد حزم العمل» من شاشة «المراجعة والاتفاق» لمشروعها.');
    // Any other file keeps the general sentence.
    expect(exchangeProblemText(tIn('en'), { code: 'wrong-format', expected: 'tawsim-work-package', found: 'other' }).text).toBe('This is a “other” file, not a “tawsim-work-package”.');
  });

  it('isolates the tag a schema difference names, so a role keeps its order in an Arabic sentence', () => {
    const problem: ExchangeProblem = { code: 'schema-differs', differences: [{ section: 'roles', tag: 'Conflict:Attack/Attacker', in: 'file' }] };
    expect(exchangeProblemText(tIn('ar'), problem).details).toEqual(['الدور \u2068Conflict:Attack/Attacker\u2069: في الملف وحده']);
    expect(exchangeProblemText(tIn('en'), problem).details.map(withoutIsolates)).toEqual(['Role Conflict:Attack/Attacker: only in the file']);
  });
});
