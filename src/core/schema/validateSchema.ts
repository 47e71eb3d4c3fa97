import type { LocalName, ProjectSchema } from './projectSchema.ts';
import { isReservedKey } from './reservedKeys.ts';
import { isModifierCode } from './hotkeyFromEvent.ts';

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

export interface SchemaProblem {
  kind: SchemaProblemKind;
  /** Where, e.g. "entities[3].hotkey" or "events[0].roles[2].role". */
  path: string;
  /** English, for logs and errors; the interface shows its own text for `kind`. */
  message: string;
}

/** Tags go into exports (CoNLL columns, JSON keys, file names): letters, digits and `_ - : .` only. */
const SAFE_TAG = /^[\p{L}\p{N}_\-:.]+$/u;
const COLOR = /^#[0-9a-fA-F]{6}$/;
const KEY_CODE = /^[A-Za-z][A-Za-z0-9]*$/;

/** Everything that would make a schema unusable or its exports ambiguous; empty when the schema is sound. */
export function validateSchema(schema: ProjectSchema): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const problem = (kind: SchemaProblemKind, path: string, message: string) => problems.push({ kind, path, message });

  const checkTags = (tags: readonly string[], pathOf: (i: number) => string) => {
    const seen = new Set<string>();
    tags.forEach((tag, i) => {
      if (!tag.trim()) problem('empty-tag', pathOf(i), 'The tag is empty.');
      else if (!SAFE_TAG.test(tag)) problem('unsafe-tag', pathOf(i), `The tag "${tag}" may only hold letters, digits and _ - : .`);
      else if (seen.has(tag)) problem('duplicate-tag', pathOf(i), `The tag "${tag}" is used twice.`);
      seen.add(tag);
    });
  };
  const checkName = (name: LocalName, path: string) => {
    if (!name.en.trim()) problem('empty-name', `${path}.en`, 'The English name is empty.');
    if (!name.ar.trim()) problem('empty-name', `${path}.ar`, 'The Arabic name is empty.');
  };
  const checkColor = (color: string, path: string) => {
    if (!COLOR.test(color)) problem('invalid-color', path, `The colour "${color}" is not #rrggbb.`);
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
    if (!KEY_CODE.test(hotkey) || isModifierCode(hotkey)) problem('invalid-hotkey', path, `"${hotkey}" is not a key code.`);
    else if (isReservedKey(hotkey)) problem('reserved-hotkey', path, `${hotkey} is reserved for the annotation screen.`);
    else if (owners.has(hotkey)) problem('duplicate-hotkey', path, `${hotkey} is already the hotkey of ${owners.get(hotkey)}.`);
    else owners.set(hotkey, owner);
  }

  const targets = new Set<string>();
  schema.stanceTargets.forEach((target, i) => {
    const trimmed = target.trim();
    if (!trimmed) problem('empty-target', `stanceTargets[${i}]`, 'The stance target is empty.');
    else if (targets.has(trimmed)) problem('duplicate-target', `stanceTargets[${i}]`, `The stance target "${trimmed}" is listed twice.`);
    targets.add(trimmed);
  });
  return problems;
}
