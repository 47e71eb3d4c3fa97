import { PROJECT_BUNDLE_FORMAT, WORK_PACKAGE_FORMAT } from '../../../core/exchange/exchangeHeader.ts';
import type { ExchangeProblem, SchemaDifference } from '../../../core/exchange/exchangeProblem.ts';
import { isolated } from '../../../ui/i18n/isolated.ts';
import type { LocaleContextValue } from '../../../ui/i18n/LocaleProvider.tsx';

type T = LocaleContextValue['t'];

function differenceText(t: T, difference: SchemaDifference): string {
  return t(difference.in === 'file' ? 'exchange.diff.onlyFile' : 'exchange.diff.onlyProject', {
    section: t(`exchange.section.${difference.section}`),
    tag: isolated(difference.tag),
  });
}

/**
 * A field that is not right, as a sentence of the interface's language: its JSON path
 * as the file has it, then why. The colon is outside the path's isolate, so in Arabic
 * it falls between the path and the words.
 */
function invalidFieldText(t: T, problem: Extract<ExchangeProblem, { code: 'invalid' }>): string {
  const values: Readonly<Record<string, string>> = 'values' in problem.detail ? problem.detail.values : {};
  const shown = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, isolated(value)]));
  return `${isolated(problem.path)}: ${t(`exchange.reason.${problem.detail.code}`, shown)}`;
}

/** A problem in the interface's words; paths, names and titles from the file stay as they are. */
export function exchangeProblemText(t: T, problem: ExchangeProblem): { text: string; details: string[] } {
  switch (problem.code) {
    case 'unreadable':
      return { text: t('exchange.problem.unreadable'), details: [] };
    case 'not-json':
      return { text: t('exchange.problem.notJson'), details: [] };
    case 'wrong-format':
      // The other of the two files the review screen downloads: say where it opens.
      if (problem.found === PROJECT_BUNDLE_FORMAT && problem.expected === WORK_PACKAGE_FORMAT) return { text: t('exchange.problem.bundleNotPackage'), details: [] };
      if (problem.found === WORK_PACKAGE_FORMAT && problem.expected === PROJECT_BUNDLE_FORMAT) return { text: t('exchange.problem.packageNotBundle'), details: [] };
      return {
        text: problem.found
          ? t('exchange.problem.wrongFormat', { expected: problem.expected, found: problem.found })
          : t('exchange.problem.noFormat', { expected: problem.expected }),
        details: [],
      };
    case 'newer-version':
      return { text: t('exchange.problem.newerVersion', { found: problem.found, supported: problem.supported }), details: [] };
    case 'invalid':
      return { text: t('exchange.problem.invalid'), details: [invalidFieldText(t, problem)] };
    case 'too-many-problems':
      return { text: t('exchange.problem.more', { n: problem.more }), details: [] };
    case 'hash-mismatch':
      return { text: t('exchange.problem.hashMismatch', { document: problem.document }), details: [] };
    case 'missing-documents':
      return { text: t('exchange.problem.missingDocuments', { count: problem.count, total: problem.total }), details: problem.examples };
    case 'schema-differs':
      return { text: t('exchange.problem.schemaDiffers'), details: problem.differences.map((d) => differenceText(t, d)) };
  }
}
