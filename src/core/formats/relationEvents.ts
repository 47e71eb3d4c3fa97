import type { EventAnnotation } from '../model/annotation.ts';

/*
 * doccano, Label Studio and brat have binary relations between two entities.
 * Tawsim reads one as an event without trigger whose arguments are the two
 * entities, in the roles "from" and "to"; such events (and only they) are written
 * back as relations, so relations survive a round trip unchanged.
 */

export const FROM_ROLE = 'from';
export const TO_ROLE = 'to';

export function relationEvent(id: string, type: string, from: string, to: string): EventAnnotation {
  return { id, type, trigger: null, arguments: [{ role: FROM_ROLE, entity: from }, { role: TO_ROLE, entity: to }] };
}

/** The two entities of an event that is a relation, or null for any other event. */
export function relationOf(event: EventAnnotation): { from: string; to: string } | null {
  const [from, to, ...more] = event.arguments;
  if (event.trigger !== null || from?.role !== FROM_ROLE || to?.role !== TO_ROLE || more.length > 0) return null;
  return { from: from.entity, to: to.entity };
}
