/**
 * Why a work package or project bundle was not imported. Codes are for the
 * interface to word; `path` and `reason` are technical English, shown as they are.
 */
export type ExchangeProblem =
  | { code: 'unreadable' }
  | { code: 'not-json' }
  | { code: 'wrong-format'; expected: string; found: string }
  | { code: 'newer-version'; found: number; supported: number }
  | { code: 'invalid'; path: string; reason: string }
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

/** Field problems beyond this many are counted, not listed. */
export const MAX_LISTED_PROBLEMS = 20;

/** Collects field problems up to MAX_LISTED_PROBLEMS and counts the rest. */
export class ProblemList {
  readonly listed: ExchangeProblem[] = [];
  private more = 0;

  add(path: string, reason: string): void {
    if (this.listed.length < MAX_LISTED_PROBLEMS) this.listed.push({ code: 'invalid', path, reason });
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
