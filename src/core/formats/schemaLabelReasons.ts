import type { EntitySpan, EventAnnotation, StanceAnnotation } from '../model/annotation.ts';
import type { ImportProblemDetail } from '../model/importProblem.ts';
import type { SchemaLabels } from './schemaLabels.ts';

const quote = (value: string) => JSON.stringify(value);

/**
 * Why an annotation set read already (a project bundle's, say) does not fit a schema:
 * each entity label, event type, role and stance label the schema lacks, at its place
 * in the set (`entities[3]`), after `at`.
 */
export function schemaLabelReasons(
  set: { entities: readonly EntitySpan[]; events: readonly EventAnnotation[]; stance: readonly StanceAnnotation[] },
  labels: SchemaLabels,
  at: string,
): ImportProblemDetail[] {
  const reasons: ImportProblemDetail[] = [];
  set.entities.forEach((entity, i) => {
    if (!labels.entities.has(entity.label)) reasons.push({ code: 'label-not-in-schema', values: { path: `${at}entities[${i}]`, label: quote(entity.label) } });
  });
  set.events.forEach((event, i) => {
    const where = `${at}events[${i}]`;
    const roles = labels.events.get(event.type);
    if (roles === undefined) {
      reasons.push({ code: 'event-type-not-in-schema', values: { path: where, type: quote(event.type) } });
      return;
    }
    event.arguments.forEach((argument, k) => {
      if (!roles.has(argument.role)) {
        reasons.push({ code: 'role-not-in-schema', values: { path: `${where}.arguments[${k}]`, role: quote(argument.role), type: quote(event.type) } });
      }
    });
  });
  set.stance.forEach((stance, i) => {
    if (!labels.stance.has(stance.label)) reasons.push({ code: 'label-not-in-schema', values: { path: `${at}stance[${i}]`, label: quote(stance.label) } });
  });
  return reasons;
}
