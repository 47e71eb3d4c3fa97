import { stanceSuggestionKey, suggestionKey, type DocumentStatus, type EntitySpan, type StanceAnnotation, type SuggestionDecision } from '../../../core/model/annotation.ts';
import { applyEdit, applyEdits, changeDecisions, emptyHistory, recordLayerChange, recordSteps, redoEdit, spanEditsAsOne, undoEdit } from '../../../core/annotate/editHistory.ts';
import type { Edit } from '../../../core/annotate/spanEdits.ts';
import type { TextRange } from '../../../core/annotate/textRange.ts';
import { applyEventEdit, newEventId, type EventEdit } from '../../../core/events/eventEdits.ts';
import { acceptedEvent, missingArgumentSpans, type EventSuggestion } from '../../../core/annotate/eventSuggestions.ts';
import { setStance, type StanceTarget } from '../../../core/stance/stanceEdits.ts';
import type { AnnotationRecord } from '../../../storage/tawsimSchema.ts';
import { untaggedMatches } from '../untaggedMatches.ts';
import { carryHighestId, freshSpanIds, isUsedId, nextSpanId } from './recordSpanIds.ts';

/*
 * What the annotation screen asks of an annotator's record, and what each request
 * makes of the record: a pure function, run once to show the edit at once and again
 * inside the IndexedDB transaction on the record as stored (useEditAnnotations).
 */

export type AnnotationCommand =
  | { type: 'edit'; edit: Edit }
  /**
   * New bounds for a span, worked out from the span as the record has it when the command
   * runs: keys pressed faster than the screen re-renders each move the edge on from the last.
   */
  | { type: 'resize'; id: string; bounds(span: EntitySpan): TextRange | null }
  /**
   * Tag all: adds `tag` on every match the record as stored does not have so tagged
   * yet, as one undo step; matches tagged meanwhile by a key that outran the render
   * are left out rather than the whole batch refused.
   */
  | { type: 'tag-all'; matches: readonly TextRange[]; tag: string }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'status'; status: DocumentStatus }
  | { type: 'event'; edit: EventEdit }
  | { type: 'stance'; target: StanceTarget; label: string | null }
  | { type: 'suggestions'; decision: SuggestionDecision; spans: EntitySpan[] }
  /** Accepting a suggested stance makes it the annotator's label toward that target (one undo step); both decisions are remembered. */
  | { type: 'stance-suggestion'; decision: SuggestionDecision; stance: StanceAnnotation }
  /**
   * Accepting a suggested event adds it to the annotator's events, its arguments pointing
   * at the annotator's own spans as the record has them, with the spans the set lacks
   * (one undo step). Both decisions are remembered.
   */
  | { type: 'event-suggestion'; decision: SuggestionDecision; suggestion: Pick<EventSuggestion, 'key' | 'event' | 'arguments'> };

/** `added`: how many spans a tag-all added. */
export type CommandOutcome = { ok: true; added?: number } | { ok: false; reason: string };

type Applied = { record: AnnotationRecord; result: CommandOutcome } | { refused: CommandOutcome };

export function applyCommand(command: AnnotationCommand, record: AnnotationRecord): Applied {
  const applied = commandOutcome(command, record);
  const added = idsAddedBy(command);
  if ('record' in applied && added !== null) carryHighestId(record, applied.record, added);
  return applied;
}

/** The ids a command can add to a record, or null when it does not say (ids chosen inside it). */
function idsAddedBy(command: AnnotationCommand): readonly string[] | null {
  switch (command.type) {
    case 'edit':
      return command.edit.op === 'add' ? [command.edit.span.id] : [];
    // Undo and redo bring back only ids the history holds; the others add none.
    case 'undo':
    case 'redo':
    case 'status':
    case 'stance':
    case 'resize':
      return [];
    default:
      return null;
  }
}

function commandOutcome(command: AnnotationCommand, record: AnnotationRecord): Applied {
  if (command.type === 'status') {
    if (record.status === command.status) return { refused: { ok: false, reason: 'no-change' } };
    return { record: { ...record, status: command.status }, result: { ok: true } };
  }
  // The first edit of a new document starts it; a done document stays done.
  const status = record.status === 'new' ? 'in_progress' : record.status;
  const history = record.history ?? emptyHistory();
  if (command.type === 'event') {
    const outcome = applyEventEdit(record.events, command.edit);
    if (!outcome.ok) return { refused: { ok: false, reason: outcome.reason } };
    const changed = recordLayerChange(history, { op: 'events', events: record.events });
    return { record: { ...record, events: outcome.events, history: changed, status }, result: { ok: true } };
  }
  if (command.type === 'stance') {
    const stance = setStance(record.stance, command.target, command.label);
    // Choosing the label a target already has (or clearing an unlabelled one) changes nothing to undo.
    if (JSON.stringify(stance) === JSON.stringify(record.stance)) return { refused: { ok: false, reason: 'no-change' } };
    const changed = recordLayerChange(history, { op: 'stance', stance: record.stance });
    return { record: { ...record, stance, history: changed, status }, result: { ok: true } };
  }
  if (command.type === 'suggestions') return decideSuggestions(record, command.decision, command.spans, status);
  if (command.type === 'event-suggestion') return decideEventSuggestion(record, command.decision, command.suggestion, status);
  if (command.type === 'stance-suggestion') {
    const decided = changeDecisions(record.decisions, [{ key: stanceSuggestionKey(command.stance), decision: command.decision }]);
    if (command.decision === 'rejected') return { record: { ...record, decisions: decided.decisions, history: recordSteps(history, [decided.undo]), status }, result: { ok: true } };
    const stance = setStance(record.stance, { kind: 'text', text: command.stance.target }, command.stance.label);
    const changed = recordSteps(history, [decided.undo, { op: 'stance', stance: record.stance }]);
    return { record: { ...record, stance, decisions: decided.decisions, history: changed, status }, result: { ok: true } };
  }
  if (command.type === 'resize') {
    const span = record.entities.find((entity) => entity.id === command.id);
    if (!span) return { refused: { ok: false, reason: 'unknown-span' } };
    const bounds = command.bounds(span);
    if (!bounds) return { refused: { ok: false, reason: 'no-change' } };
    const outcome = applyEdit(history, record.entities, { op: 'resize', id: span.id, start: bounds.start, end: bounds.end });
    if (!outcome.ok) return { refused: { ok: false, reason: outcome.reason } };
    return { record: { ...record, entities: outcome.spans, history: outcome.history, status }, result: { ok: true } };
  }
  if (command.type === 'tag-all') {
    const chosen = untaggedMatches(command.matches, record.entities, command.tag);
    if (!chosen.ok || chosen.matches.length === 0) return { refused: { ok: false, reason: 'no-change' } };
    const ids = freshSpanIds(record, chosen.matches.length);
    const edits = chosen.matches.map((match, i): Edit => ({ op: 'add', span: { id: ids[i] as string, start: match.start, end: match.end, label: command.tag } }));
    const outcome = applyEdits(history, record.entities, edits);
    if (!outcome.ok) return { refused: { ok: false, reason: outcome.reason } };
    return { record: { ...record, entities: outcome.spans, history: outcome.history, status }, result: { ok: true, added: outcome.applied } };
  }
  if (command.type === 'edit') {
    const outcome = applyEdit(history, record.entities, withFreshId(record, command.edit));
    if (!outcome.ok) return { refused: { ok: false, reason: outcome.reason } };
    return { record: { ...record, entities: outcome.spans, history: outcome.history, status }, result: { ok: true } };
  }
  const layers = { entities: record.entities, events: record.events, stance: record.stance, decisions: record.decisions };
  const outcome = command.type === 'undo' ? undoEdit(history, layers) : redoEdit(history, layers);
  if (!outcome.ok) return { refused: { ok: false, reason: outcome.reason } };
  return { record: { ...record, ...outcome.layers, history: outcome.history, status }, result: { ok: true } };
}

/**
 * A new span's id is chosen from what the tab had read; another tab may have taken it
 * since. Inside the transaction the stored record is the truth, so a taken id is
 * replaced there rather than the edit refused.
 */
function withFreshId(record: AnnotationRecord, edit: Edit): Edit {
  if (edit.op !== 'add' || !isUsedId(record, edit.span.id)) return edit;
  return { ...edit, span: { ...edit.span, id: nextSpanId(record) } };
}

/**
 * Accepting a suggested event adds the argument entities the annotator's set lacks (as
 * accepting those span suggestions would) and the event pointing at the annotator's
 * spans, as one undo step over both layers. Refused when an argument points at no entity.
 */
function decideEventSuggestion(
  record: AnnotationRecord,
  decision: SuggestionDecision,
  suggestion: Pick<EventSuggestion, 'key' | 'event' | 'arguments'>,
  status: DocumentStatus,
): { record: AnnotationRecord; result: CommandOutcome } | { refused: CommandOutcome } {
  const history = record.history ?? emptyHistory();
  if (decision === 'rejected') {
    const decided = changeDecisions(record.decisions, [{ key: suggestion.key, decision }]);
    return { record: { ...record, decisions: decided.decisions, history: recordSteps(history, [decided.undo]), status }, result: { ok: true } };
  }
  if (suggestion.arguments.some((argument) => argument.span === null)) return { refused: { ok: false, reason: 'argument-unknown' } };
  const missing = missingArgumentSpans(suggestion.arguments, record.entities);
  const ids = freshSpanIds(record, missing.length);
  const edits = missing.map((span, i): Edit => ({ op: 'add', span: { id: ids[i]!, ...span } }));
  const added = edits.length === 0 ? null : spanEditsAsOne(record.entities, edits);
  if (added && !added.ok) return { refused: { ok: false, reason: added.reason } };
  const entities = added ? added.spans : record.entities;
  const event = acceptedEvent(suggestion, entities, newEventId(record.events));
  if (!event) return { refused: { ok: false, reason: 'argument-unknown' } };
  const decided = changeDecisions(record.decisions, [
    { key: suggestion.key, decision },
    ...missing.map((span) => ({ key: suggestionKey(span), decision })),
  ]);
  // Undoing puts the decisions and the events back first (the event points at the spans), then takes the spans away.
  const changed = recordSteps(history, [decided.undo, { op: 'events', events: record.events }, ...(added ? [added.undo] : [])]);
  return { record: { ...record, entities, events: [...record.events, event], decisions: decided.decisions, history: changed, status }, result: { ok: true } };
}

/**
 * Accepting copies suggested spans into the annotator's own set, as one undoable step
 * however many were accepted together (a span the set has already is skipped); both
 * decisions are remembered, and undoing one forgets it, so the suggestions show again.
 */
function decideSuggestions(
  record: AnnotationRecord,
  decision: SuggestionDecision,
  spans: readonly EntitySpan[],
  status: DocumentStatus,
): { record: AnnotationRecord; result: CommandOutcome } | { refused: CommandOutcome } {
  if (spans.length === 0) return { refused: { ok: false, reason: 'no-change' } };
  const decided = changeDecisions(record.decisions, spans.map((span) => ({ key: suggestionKey(span), decision })));
  const ids = decision === 'accepted' ? freshSpanIds(record, spans.length) : [];
  // Accepted spans the set has already are left out of the step.
  const edits = ids.map((id, i): Edit => ({ op: 'add', span: { id, start: spans[i]!.start, end: spans[i]!.end, label: spans[i]!.label } }));
  const outcome = edits.length === 0 ? null : spanEditsAsOne(record.entities, edits);
  const history = recordSteps(record.history ?? emptyHistory(), [decided.undo, ...(outcome?.ok ? [outcome.undo] : [])]);
  return { record: { ...record, ...(outcome?.ok ? { entities: outcome.spans } : {}), decisions: decided.decisions, history, status }, result: { ok: true } };
}
