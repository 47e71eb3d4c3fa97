import { DOCUMENT_STATUSES } from '../model/annotation.ts';
import type { DocumentStatus, EntitySpan, EventAnnotation, StanceAnnotation, SuggestionDecision } from '../model/annotation.ts';
import type { ProjectSchema } from '../schema/projectSchema.ts';
import type { ExchangeReason, ProblemList } from './exchangeProblem.ts';
import { isNonEmptyString, isNonNegativeInteger, isRecord } from './jsonShape.ts';

/** One annotator's work on one document as files carry it. */
export interface ExchangedWork {
  status: DocumentStatus;
  /** When the annotator last changed it (ms since 1970): a newer import replaces older work, not the reverse. */
  updatedAt: number;
  entities: EntitySpan[];
  events: EventAnnotation[];
  stance: StanceAnnotation[];
  decisions?: Record<string, SuggestionDecision>;
}

const ATTRIBUTES: readonly string[] = ['polarity', 'tense', 'genericity', 'modality'];

function range(value: unknown, textLength: number | undefined): ExchangeReason | null {
  if (!isRecord(value) || !isNonNegativeInteger(value.start) || !isNonNegativeInteger(value.end)) return { code: 'offsets-not-integers' };
  if (value.end <= value.start) return { code: 'end-not-after-start' };
  if (textLength !== undefined && value.end > textLength) return { code: 'ends-after-text', values: { end: String(value.end), length: String(textLength) } };
  return null;
}

/**
 * Reads the layers of one annotation set, copying known fields only. Labels,
 * event types and stance labels must be in `schema`; offsets inside the text when
 * its length is known; event arguments must point at entities of the set.
 */
export function readWork(value: unknown, path: string, schema: ProjectSchema, problems: ProblemList, textLength?: number): ExchangedWork | null {
  const before = problems.count;
  if (!isRecord(value)) {
    problems.add(path, { code: 'not-object' });
    return null;
  }
  const status = value.status;
  if (typeof status !== 'string' || !(DOCUMENT_STATUSES as readonly string[]).includes(status)) problems.add(`${path}.status`, { code: 'not-status' });
  const updatedAt = value.updatedAt;
  if (!isNonNegativeInteger(updatedAt)) problems.add(`${path}.updatedAt`, { code: 'not-milliseconds' });
  const labels = new Set(schema.entities.map((l) => l.tag));
  const types = new Set(schema.events.map((e) => e.type));
  const stanceLabels = new Set(schema.stanceLabels.map((l) => l.tag));
  const list = (key: string): unknown[] => {
    const items = value[key];
    if (Array.isArray(items)) return items;
    problems.add(`${path}.${key}`, { code: 'not-array' });
    return [];
  };

  const entities: EntitySpan[] = [];
  const ids = new Set<string>();
  list('entities').forEach((item, i) => {
    const at = `${path}.entities[${i}]`;
    if (!isRecord(item) || !isNonEmptyString(item.id) || !isNonEmptyString(item.label)) return problems.add(at, { code: 'needs-entity-fields' });
    const bad = range(item, textLength);
    if (bad) return problems.add(at, bad);
    if (!labels.has(item.label)) return problems.add(`${at}.label`, { code: 'not-entity-label', values: { label: item.label } });
    if (ids.has(item.id)) return problems.add(`${at}.id`, { code: 'id-used-twice', values: { id: item.id } });
    ids.add(item.id);
    entities.push({ id: item.id, start: item.start as number, end: item.end as number, label: item.label });
  });

  const events: EventAnnotation[] = [];
  list('events').forEach((item, i) => {
    const at = `${path}.events[${i}]`;
    if (!isRecord(item) || !isNonEmptyString(item.id) || !isNonEmptyString(item.type) || !Array.isArray(item.arguments)) {
      return problems.add(at, { code: 'needs-event-fields' });
    }
    if (!types.has(item.type)) return problems.add(`${at}.type`, { code: 'not-event-type', values: { type: item.type } });
    if (item.trigger !== null) {
      const bad = range(item.trigger, textLength);
      if (bad) return problems.add(`${at}.trigger`, bad);
    }
    const trigger = isRecord(item.trigger) ? { start: item.trigger.start as number, end: item.trigger.end as number } : null;
    const args: EventAnnotation['arguments'] = [];
    for (const [j, argument] of (item.arguments as unknown[]).entries()) {
      if (!isRecord(argument) || !isNonEmptyString(argument.role) || !isNonEmptyString(argument.entity)) {
        problems.add(`${at}.arguments[${j}]`, { code: 'needs-argument-fields' });
        continue;
      }
      if (!ids.has(argument.entity)) {
        problems.add(`${at}.arguments[${j}].entity`, { code: 'no-such-entity', values: { entity: argument.entity } });
        continue;
      }
      args.push({ role: argument.role, entity: argument.entity });
    }
    const event: EventAnnotation = { id: item.id, type: item.type, trigger, arguments: args };
    if (item.attributes !== undefined) {
      if (!isRecord(item.attributes) || Object.entries(item.attributes).some(([k, v]) => !ATTRIBUTES.includes(k) || typeof v !== 'string')) {
        return problems.add(`${at}.attributes`, { code: 'not-attributes' });
      }
      event.attributes = { ...(item.attributes as EventAnnotation['attributes']) };
    }
    events.push(event);
  });

  const stance: StanceAnnotation[] = [];
  list('stance').forEach((item, i) => {
    const at = `${path}.stance[${i}]`;
    if (!isRecord(item) || !isNonEmptyString(item.id) || typeof item.target !== 'string' || !isNonEmptyString(item.label)) {
      return problems.add(at, { code: 'needs-stance-fields' });
    }
    if (item.targetEntity !== null && typeof item.targetEntity !== 'string') return problems.add(`${at}.targetEntity`, { code: 'not-entity-id-or-null' });
    if (!stanceLabels.has(item.label)) return problems.add(`${at}.label`, { code: 'not-stance-label', values: { label: item.label } });
    // A stance whose entity was deleted stays, as in the app: it is flagged where it is edited.
    stance.push({ id: item.id, target: item.target, targetEntity: item.targetEntity, label: item.label });
  });

  let decisions: Record<string, SuggestionDecision> | undefined;
  if (value.decisions !== undefined) {
    if (!isRecord(value.decisions) || Object.values(value.decisions).some((d) => d !== 'accepted' && d !== 'rejected')) {
      problems.add(`${path}.decisions`, { code: 'not-decisions' });
    } else decisions = { ...(value.decisions as Record<string, SuggestionDecision>) };
  }
  if (problems.count > before) return null;
  const work: ExchangedWork = { status: status as DocumentStatus, updatedAt: updatedAt as number, entities, events, stance };
  if (decisions) work.decisions = decisions;
  return work;
}
