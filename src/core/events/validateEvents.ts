import type { EntitySpan, EventAnnotation } from '../model/annotation.ts';
import type { EventType } from '../schema/projectSchema.ts';

export type EventProblem =
  | { kind: 'unknown-type'; eventId: string; type: string }
  | { kind: 'role-not-allowed'; eventId: string; argument: number; role: string; type: string }
  | { kind: 'dangling-argument'; eventId: string; argument: number; entity: string }
  | { kind: 'bad-trigger'; eventId: string };

/**
 * What is wrong with a set's events against the schema and the set's entities: a type
 * the schema does not know, a role the type does not allow, an argument whose entity
 * was deleted, a trigger outside the text. Problems are reported, never repaired.
 */
export function validateEvents(
  events: readonly EventAnnotation[],
  entities: readonly EntitySpan[],
  types: readonly EventType[],
  textLength: number,
): EventProblem[] {
  const problems: EventProblem[] = [];
  const byType = new Map(types.map((type) => [type.type, type]));
  // Built only when an argument needs it: the set is rebuilt on every entity edit.
  let entityIds: Set<string> | null = null;
  for (const event of events) {
    const type = byType.get(event.type);
    if (!type) problems.push({ kind: 'unknown-type', eventId: event.id, type: event.type });
    const trigger = event.trigger;
    if (trigger && !(Number.isInteger(trigger.start) && Number.isInteger(trigger.end) && trigger.start >= 0 && trigger.end > trigger.start && trigger.end <= textLength)) {
      problems.push({ kind: 'bad-trigger', eventId: event.id });
    }
    event.arguments.forEach((argument, index) => {
      entityIds ??= new Set(entities.map((entity) => entity.id));
      if (!entityIds.has(argument.entity)) problems.push({ kind: 'dangling-argument', eventId: event.id, argument: index, entity: argument.entity });
      if (type && !type.roles.some((role) => role.role === argument.role)) {
        problems.push({ kind: 'role-not-allowed', eventId: event.id, argument: index, role: argument.role, type: event.type });
      }
    });
  }
  return problems;
}
