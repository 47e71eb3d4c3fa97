import { fillTemplate } from '../model/fillTemplate.ts';
import { EXCHANGE_REASON_ENGLISH } from './exchangeReasonEnglish.ts';

export type ExchangeReasonCode = keyof typeof EXCHANGE_REASON_ENGLISH;

export const EXCHANGE_REASON_CODES = Object.keys(EXCHANGE_REASON_ENGLISH) as ExchangeReasonCode[];

/** The `{name}`s of a template; "{en, ar}" is the format's notation for a name in both languages, not one. */
type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? (Name extends `${string},${string}` ? never : Name) | Placeholders<Rest> : never;

/** Why a field is refused, for the interface to word: a code, and the values from the file its English names. */
export type ExchangeReason = {
  [C in ExchangeReasonCode]: [Placeholders<(typeof EXCHANGE_REASON_ENGLISH)[C]>] extends [never]
    ? { code: C }
    : { code: C; values: { readonly [Name in Placeholders<(typeof EXCHANGE_REASON_ENGLISH)[C]>]: string } };
}[ExchangeReasonCode];

/**
 * Why a work package or project bundle was not imported. Codes are for the
 * interface to word; `path` is the JSON path as the file has it, shown as it is.
 */
export type ExchangeProblem =
  | { code: 'unreadable' }
  | { code: 'not-json' }
  | { code: 'wrong-format'; expected: string; found: string }
  | { code: 'newer-version'; found: number; supported: number }
  /** `reason` is the English of `detail`, for logs and tests. */
  | { code: 'invalid'; path: string; detail: ExchangeReason; reason: string }
  | { code: 'too-many-problems'; more: number }
  | { code: 'hash-mismatch'; document: string }
  | { code: 'missing-documents'; count: number; total: number; examples: string[] }
  | { code: 'schema-differs'; differences: SchemaDifference[] };

/** A label, event type, role or stance label that one schema has and the other lacks. */
export interface SchemaDifference {
  section: 'entities' | 'events' | 'roles' | 'stanceLabels';
  /** The tag, event type, or "Type:Subtype/Role" for a role. */
  tag: string;
  /** Which side has it. */
  in: 'file' | 'project';
}

/** A field at `path` that is not as the format has it. */
export function invalidField(path: string, detail: ExchangeReason): ExchangeProblem {
  return { code: 'invalid', path, detail, reason: exchangeReasonEnglish(detail) };
}

/** The English of a reason. */
function exchangeReasonEnglish(detail: ExchangeReason): string {
  return fillTemplate(EXCHANGE_REASON_ENGLISH[detail.code], 'values' in detail ? detail.values : {});
}

/** Field problems beyond this many are counted, not listed. */
export const MAX_LISTED_PROBLEMS = 20;

/** Collects field problems up to MAX_LISTED_PROBLEMS and counts the rest. */
export class ProblemList {
  readonly listed: ExchangeProblem[] = [];
  private more = 0;

  add(path: string, detail: ExchangeReason): void {
    if (this.listed.length < MAX_LISTED_PROBLEMS) this.listed.push(invalidField(path, detail));
    else this.more++;
  }

  /** Every problem added, listed or not. */
  get count(): number {
    return this.listed.length + this.more;
  }

  result(): ExchangeProblem[] {
    return this.more > 0 ? [...this.listed, { code: 'too-many-problems', more: this.more }] : [...this.listed];
  }
}
