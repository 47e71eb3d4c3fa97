import type { EventAnnotation, EventArgument } from '../model/annotation.ts';

/**
 * Changes to a set's events, as pure functions. An argument points at an entity by
 * id; nothing here removes arguments when entities go away: validateEvents flags
 * them instead, so an annotator's decision is never silently undone.
 */

export type EventAttribute = 'polarity' | 'tense' | 'genericity' | 'modality';

export const EVENT_ATTRIBUTE_VALUES: Readonly<Record<EventAttribute, readonly string[]>> = {
  polarity: ['POSITIVE', 'NEGATIVE'],
  tense: ['PAST', 'PRESENT', 'FUTURE', 'UNSPECIFIED'],
  genericity: ['SPECIFIC', 'GENERIC'],
  modality: ['ASSERTED', 'OTHER'],
};

export type EventEdit =
  | { op: 'add-event'; event: EventAnnotation }
  | { op: 'remove-event'; id: string }
  | { op: 'set-type'; id: string; type: string }
  | { op: 'add-argument'; id: string; argument: EventArgument }
  | { op: 'remove-argument'; id: string; index: number }
  | { op: 'set-role'; id: string; index: number; role: string }
  | { op: 'set-attribute'; id: string; attribute: EventAttribute; value: string | null };

export type EventEditResult = { ok: true; events: EventAnnotation[] } | { ok: false; reason: EventEditRefusal };
export type EventEditRefusal = 'unknown-event' | 'duplicate-id' | 'duplicate-argument' | 'bad-index' | 'bad-value' | 'empty-type' | 'no-change';

const NUMBERED = /^v(\d{1,15})$/;

/** "v1", "v2", …: one past the highest in use. */
export function newEventId(events: readonly EventAnnotation[]): string {
  let highest = 0;
  for (const event of events) {
    const match = NUMBERED.exec(event.id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `v${highest + 1}`;
}

function update(
  events: readonly EventAnnotation[],
  id: string,
  change: (event: EventAnnotation) => EventAnnotation | EventEditRefusal,
): EventEditResult {
  const index = events.findIndex((event) => event.id === id);
  if (index < 0) return { ok: false, reason: 'unknown-event' };
  const next = change(events[index]!);
  if (typeof next === 'string') return { ok: false, reason: next };
  const copy = [...events];
  copy[index] = next;
  return { ok: true, events: copy };
}

export function applyEventEdit(events: readonly EventAnnotation[], edit: EventEdit): EventEditResult {
  switch (edit.op) {
    case 'add-event':
      if (events.some((event) => event.id === edit.event.id)) return { ok: false, reason: 'duplicate-id' };
      if (!edit.event.type) return { ok: false, reason: 'empty-type' };
      return { ok: true, events: [...events, edit.event] };
    case 'remove-event':
      if (!events.some((event) => event.id === edit.id)) return { ok: false, reason: 'unknown-event' };
      return { ok: true, events: events.filter((event) => event.id !== edit.id) };
    case 'set-type':
      return update(events, edit.id, (event) =>
        !edit.type ? 'empty-type' : event.type === edit.type ? 'no-change' : { ...event, type: edit.type },
      );
    case 'add-argument':
      return update(events, edit.id, (event) =>
        event.arguments.some((a) => a.entity === edit.argument.entity && a.role === edit.argument.role)
          ? 'duplicate-argument'
          : { ...event, arguments: [...event.arguments, edit.argument] },
      );
    case 'remove-argument':
      return update(events, edit.id, (event) =>
        edit.index < 0 || edit.index >= event.arguments.length
          ? 'bad-index'
          : { ...event, arguments: event.arguments.filter((_, i) => i !== edit.index) },
      );
    case 'set-role':
      return update(events, edit.id, (event) => {
        const argument = event.arguments[edit.index];
        if (!argument) return 'bad-index';
        if (argument.role === edit.role) return 'no-change';
        const args = [...event.arguments];
        args[edit.index] = { ...argument, role: edit.role };
        return { ...event, arguments: args };
      });
    case 'set-attribute':
      return update(events, edit.id, (event) => {
        if (edit.value !== null && !EVENT_ATTRIBUTE_VALUES[edit.attribute].includes(edit.value)) return 'bad-value';
        const attributes = { ...event.attributes };
        if (edit.value === null) delete attributes[edit.attribute];
        else attributes[edit.attribute] = edit.value;
        return { ...event, attributes };
      });
  }
}
