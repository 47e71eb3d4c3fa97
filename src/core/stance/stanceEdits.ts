import type { EntitySpan, StanceAnnotation } from '../model/annotation.ts';

/** A stance target: an entity of the document, or a free-text target of the project. */
export type StanceTarget = { kind: 'entity'; entityId: string; text: string } | { kind: 'text'; text: string };

/** One stance per target per annotator: the key that says two stances are about the same target. */
export function stanceTargetKey(target: { targetEntity: string | null; target: string }): string {
  return target.targetEntity ? `entity:${target.targetEntity}` : `text:${target.target}`;
}

export function targetOf(target: StanceTarget): { target: string; targetEntity: string | null } {
  return target.kind === 'entity' ? { target: target.text, targetEntity: target.entityId } : { target: target.text, targetEntity: null };
}

const NUMBERED = /^s(\d{1,15})$/;

/**
 * Sets the stance toward a target (replacing an earlier label for the same target),
 * or clears it when `label` is null.
 */
export function setStance(stances: readonly StanceAnnotation[], target: StanceTarget, label: string | null): StanceAnnotation[] {
  const fields = targetOf(target);
  const key = stanceTargetKey(fields);
  const existing = stances.find((stance) => stanceTargetKey(stance) === key);
  if (label === null) return stances.filter((stance) => stance !== existing);
  if (existing) return stances.map((stance) => (stance === existing ? { ...stance, label } : stance));
  let highest = 0;
  for (const stance of stances) {
    const match = NUMBERED.exec(stance.id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return [...stances, { id: `s${highest + 1}`, ...fields, label }];
}

/**
 * The targets a document offers: the project's free-text targets, then free-text targets
 * the document's stances name that the project lacks (imported ones, or a target since
 * removed from the schema), then its entities.
 */
export function stanceTargets(
  projectTargets: readonly string[],
  entities: readonly EntitySpan[],
  text: string,
  stances: readonly StanceAnnotation[] = [],
): StanceTarget[] {
  const offered = new Set(projectTargets);
  const own = stances.filter((stance) => stance.targetEntity === null && !offered.has(stance.target)).map((stance) => stance.target);
  return [
    ...projectTargets.map((t): StanceTarget => ({ kind: 'text', text: t })),
    ...[...new Set(own)].map((t): StanceTarget => ({ kind: 'text', text: t })),
    ...entities.map((entity): StanceTarget => ({ kind: 'entity', entityId: entity.id, text: text.slice(entity.start, entity.end) })),
  ];
}

/** Stances whose entity target no longer exists: flagged, never dropped. */
export function danglingStances(stances: readonly StanceAnnotation[], entities: readonly EntitySpan[]): StanceAnnotation[] {
  const ids = new Set(entities.map((entity) => entity.id));
  return stances.filter((stance) => stance.targetEntity !== null && !ids.has(stance.targetEntity));
}
