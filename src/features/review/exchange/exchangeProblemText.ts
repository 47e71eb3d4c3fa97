import type { ExchangeProblem, SchemaDifference } from '../../../core/exchange/exchangeProblem.ts';
import type { LocaleContextValue } from '../../../ui/i18n/LocaleProvider.tsx';

type T = LocaleContextValue['t'];

function differenceText(t: T, difference: SchemaDifference): string {
  return t(difference.in === 'file' ? 'exchange.diff.onlyFile' : 'exchange.diff.onlyProject', {
    section: t(`exchange.section.${difference.section}`),
    tag: difference.tag,
  });
}

/** A problem in the interface's words; technical paths and reasons stay as they are (they name JSON fields). */
export function exchangeProblemText(t: T, problem: ExchangeProblem): { text: string; details: string[] } {
  switch (problem.code) {
    case 'unreadable':
      return { text: t('exchange.problem.unreadable'), details: [] };
    case 'not-json':
      return { text: t('exchange.problem.notJson'), details: [] };
    case 'wrong-format':
      return {
        text: problem.found
          ? t('exchange.problem.wrongFormat', { expected: problem.expected, found: problem.found })
          : t('exchange.problem.noFormat', { expected: problem.expected }),
        details: [],
      };
    case 'newer-version':
      return { text: t('exchange.problem.newerVersion', { found: problem.found, supported: problem.supported }), details: [] };
    case 'invalid':
      return { text: t('exchange.problem.invalid'), details: [`${problem.path}: ${problem.reason}`] };
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
