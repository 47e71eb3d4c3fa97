import type { LocalName, ProjectSchema } from './projectSchema.ts';
import { isReservedKey } from './reservedKeys.ts';
import { isModifierCode } from './hotkeyFromEvent.ts';
import { schemaProblemEnglish } from './schemaProblemEnglish.ts';

export type SchemaProblemKind =
  | 'empty-tag'
  | 'duplicate-tag'
  | 'unsafe-tag'
  | 'empty-name'
  /** Reported by nameClashes, for the item a form adds or edits. */
  | 'duplicate-name'
  | 'invalid-color'
  | 'invalid-hotkey'
  | 'reserved-hotkey'
  | 'duplicate-hotkey'
  | 'empty-target'
  | 'duplicate-target';

type Nothing = Readonly<Record<string, never>>;

/** What the message of each kind quotes from the schema, so that a reader of a file's schema can word it in another language. */
interface QuotedValues {
  'empty-tag': Nothing;
  'duplicate-tag': { tag: string };
  'unsafe-tag': { tag: string };
  'empty-name': Nothing;
  'duplicate-name': { name: string };
  'invalid-color': { color: string };
  'invalid-hotkey': { hotkey: string };
  'reserved-hotkey': { hotkey: string };
  'duplicate-hotkey': { hotkey: string; owner: string };
  'empty-target': Nothing;
  'duplicate-target': { target: string };
}

export type SchemaProblem = {
  [K in SchemaProblemKind]: {
    kind: K;
    /** Where, e.g. "entities[3].hotkey" or "events[0].roles[2].role". */
    path: string;
    values: QuotedValues[K];
    /** English, for logs and errors; the interface shows its own text for `kind`. */
    message: string;
  };
}[SchemaProblemKind];

/** Tags go into exports (CoNLL columns, JSON keys, file names): letters, digits and `_ - : .` only. */
const SAFE_TAG = /^[\p{L}\p{N}_\-:.]+$/u;
const COLOR = /^#[0-9a-fA-F]{6}$/;
const KEY_CODE = /^[A-Za-z][A-Za-z0-9]*$/;

/** Everything that would make a schema unusable or its exports ambiguous; empty when the schema is sound. */
export function validateSchema(schema: ProjectSchema): SchemaProblem[] {
  const problems: SchemaProblem[] = [];

  const checkTags = (tags: readonly string[], pathOf: (i: number) => string) => {
    const seen = new Set<string>();
    tags.forEach((tag, i) => {
      if (!tag.trim()) problems.push({ kind: 'empty-tag', path: pathOf(i), values: {}, message: schemaProblemEnglish('empty-tag') });
      else if (!SAFE_TAG.test(tag)) problems.push({ kind: 'unsafe-tag', path: pathOf(i), values: { tag }, message: schemaProblemEnglish('unsafe-tag', { tag }) });
      else if (seen.has(tag)) problems.push({ kind: 'duplicate-tag', path: pathOf(i), values: { tag }, message: schemaProblemEnglish('duplicate-tag', { tag }) });
      seen.add(tag);
    });
  };
  const checkName = (name: LocalName, path: string) => {
    if (!name.en.trim()) problems.push({ kind: 'empty-name', path: `${path}.en`, values: {}, message: schemaProblemEnglish('empty-english-name') });
    if (!name.ar.trim()) problems.push({ kind: 'empty-name', path: `${path}.ar`, values: {}, message: schemaProblemEnglish('empty-arabic-name') });
  };
  const checkColor = (color: string, path: string) => {
    if (!COLOR.test(color)) problems.push({ kind: 'invalid-color', path, values: { color }, message: schemaProblemEnglish('invalid-color', { color }) });
  };

  checkTags(schema.entities.map((l) => l.tag), (i) => `entities[${i}].tag`);
  schema.entities.forEach((label, i) => {
    checkName(label.name, `entities[${i}].name`);
    checkColor(label.color, `entities[${i}].color`);
  });

  checkTags(schema.events.map((e) => e.type), (i) => `events[${i}].type`);
  schema.events.forEach((event, i) => {
    checkName(event.name, `events[${i}].name`);
    checkTags(event.roles.map((r) => r.role), (j) => `events[${i}].roles[${j}].role`);
    event.roles.forEach((role, j) => checkName(role.name, `events[${i}].roles[${j}].name`));
  });

  checkTags(schema.stanceLabels.map((l) => l.tag), (i) => `stanceLabels[${i}].tag`);
  schema.stanceLabels.forEach((label, i) => {
    checkName(label.name, `stanceLabels[${i}].name`);
    checkColor(label.color, `stanceLabels[${i}].color`);
  });

  // One key, one label, across all three lists: the annotation screen may offer them together.
  const keyed = [
    ...schema.entities.map((l, i) => ({ hotkey: l.hotkey, owner: l.tag, path: `entities[${i}].hotkey` })),
    ...schema.events.map((e, i) => ({ hotkey: e.hotkey, owner: e.type, path: `events[${i}].hotkey` })),
    ...schema.stanceLabels.map((l, i) => ({ hotkey: l.hotkey, owner: l.tag, path: `stanceLabels[${i}].hotkey` })),
  ];
  const owners = new Map<string, string>();
  for (const { hotkey, owner, path } of keyed) {
    if (hotkey === null) continue;
    if (!KEY_CODE.test(hotkey) || isModifierCode(hotkey)) problems.push({ kind: 'invalid-hotkey', path, values: { hotkey }, message: schemaProblemEnglish('invalid-hotkey', { hotkey }) });
    else if (isReservedKey(hotkey)) problems.push({ kind: 'reserved-hotkey', path, values: { hotkey }, message: schemaProblemEnglish('reserved-hotkey', { hotkey }) });
    else {
      const taken = owners.get(hotkey);
      if (taken === undefined) owners.set(hotkey, owner);
      else problems.push({ kind: 'duplicate-hotkey', path, values: { hotkey, owner: taken }, message: schemaProblemEnglish('duplicate-hotkey', { hotkey, owner: taken }) });
    }
  }

  const targets = new Set<string>();
  schema.stanceTargets.forEach((target, i) => {
    const trimmed = target.trim();
    if (!trimmed) problems.push({ kind: 'empty-target', path: `stanceTargets[${i}]`, values: {}, message: schemaProblemEnglish('empty-target') });
    else if (targets.has(trimmed)) problems.push({ kind: 'duplicate-target', path: `stanceTargets[${i}]`, values: { target: trimmed }, message: schemaProblemEnglish('duplicate-target', { target: trimmed }) });
    targets.add(trimmed);
  });
  return problems;
}
