import { invalidField } from './exchangeProblem.ts';
import type { ExchangeProblem } from './exchangeProblem.ts';
import { isRecord } from './jsonShape.ts';
import type { JsonRecord } from './jsonShape.ts';

export const WORK_PACKAGE_FORMAT = 'tawsim-work-package';
export const PROJECT_BUNDLE_FORMAT = 'tawsim-project-bundle';
export type ExchangeFormat = typeof WORK_PACKAGE_FORMAT | typeof PROJECT_BUNDLE_FORMAT;

/** The version this code writes and the newest it reads. */
export const EXCHANGE_VERSION = 1;

/** Offsets in the files are UTF-16 code units, as inside the app: packages go from app to app. */
export const EXCHANGE_OFFSET_UNIT = 'utf16';

/** Checks `format`, `version` and `offset_unit`: the part every reader of a file looks at first. */
export function checkHeader(value: unknown, expected: ExchangeFormat): { ok: true; record: JsonRecord } | { ok: false; problems: ExchangeProblem[] } {
  if (!isRecord(value) || typeof value.format !== 'string') {
    return { ok: false, problems: [{ code: 'wrong-format', expected, found: '' }] };
  }
  if (value.format !== expected) return { ok: false, problems: [{ code: 'wrong-format', expected, found: value.format }] };
  if (typeof value.version !== 'number' || !Number.isInteger(value.version) || value.version < 1) {
    return { ok: false, problems: [invalidField('version', { code: 'not-positive-integer' })] };
  }
  if (value.version > EXCHANGE_VERSION) {
    return { ok: false, problems: [{ code: 'newer-version', found: value.version, supported: EXCHANGE_VERSION }] };
  }
  if (value.offset_unit !== EXCHANGE_OFFSET_UNIT) {
    return { ok: false, problems: [invalidField('offset_unit', { code: 'not-offset-unit', values: { unit: EXCHANGE_OFFSET_UNIT } })] };
  }
  return { ok: true, record: value };
}
