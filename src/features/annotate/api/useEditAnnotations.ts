import { useCallback, useMemo, useRef } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { suggestionKey, type DocumentStatus, type EntitySpan, type SuggestionDecision } from '../../../core/model/annotation.ts';
import { applyEdit, applyEdits, emptyHistory, recordLayerChange, redoEdit, undoEdit } from '../../../core/annotate/editHistory.ts';
import { freshSpanIds, isUsedId, nextSpanId, usedSpanIds } from './recordSpanIds.ts';
import { editedRecord } from './shareAnnotationRecord.ts';
import { applySpanEdit, type Edit } from '../../../core/annotate/spanEdits.ts';
import type { TextRange } from '../../../core/annotate/textRange.ts';
import { applyEventEdit, type EventEdit } from '../../../core/events/eventEdits.ts';
import { setStance, type StanceTarget } from '../../../core/stance/stanceEdits.ts';
import { changeAnnotationRecord } from '../../../storage/annotationWrites.ts';
import { announceChange } from '../../../storage/changeFeed.ts';
import { queryKeys } from '../../../storage/queryKeys.ts';
import type { AnnotationRecord } from '../../../storage/tawsimSchema.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';

export type AnnotationCommand =
  | { type: 'edit'; edit: Edit }
  /** Span edits made, and undone, as one (tagging every match of a find). */
  | { type: 'edits'; edits: Edit[] }
  /**
   * New bounds for a span, worked out from the span as the record has it when the command
   * runs: keys pressed faster than the screen re-renders each move the edge on from the last.
   */
  | { type: 'resize'; id: string; bounds(span: EntitySpan): TextRange | null }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'status'; status: DocumentStatus }
  | { type: 'event'; edit: EventEdit }
  | { type: 'stance'; target: StanceTarget; label: string | null }
  | { type: 'suggestions'; decision: SuggestionDecision; spans: EntitySpan[] };

export type CommandOutcome = { ok: true } | { ok: false; reason: string };

function run(command: AnnotationCommand, record: AnnotationRecord): { record: AnnotationRecord; result: CommandOutcome } | { refused: CommandOutcome } {
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
  if (command.type === 'resize') {
    const span = record.entities.find((entity) => entity.id === command.id);
    if (!span) return { refused: { ok: false, reason: 'unknown-span' } };
    const bounds = command.bounds(span);
    if (!bounds) return { refused: { ok: false, reason: 'no-change' } };
    const outcome = applyEdit(history, record.entities, { op: 'resize', id: span.id, start: bounds.start, end: bounds.end });
    if (!outcome.ok) return { refused: { ok: false, reason: outcome.reason } };
    return { record: { ...record, entities: outcome.spans, history: outcome.history, status }, result: { ok: true } };
  }
  if (command.type === 'edit' || command.type === 'edits') {
    const outcome =
      command.type === 'edit'
        ? applyEdit(history, record.entities, withFreshId(record, command.edit))
        : applyEdits(history, record.entities, withFreshIds(record, command.edits));
    if (!outcome.ok) return { refused: { ok: false, reason: outcome.reason } };
    return { record: { ...record, entities: outcome.spans, history: outcome.history, status }, result: { ok: true } };
  }
  const layers = { entities: record.entities, events: record.events, stance: record.stance };
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

/** withFreshId for several new spans: if one id is taken, all of them are chosen afresh. */
function withFreshIds(record: AnnotationRecord, edits: Edit[]): Edit[] {
  const adds = edits.filter((edit) => edit.op === 'add');
  const used = new Set(usedSpanIds(record));
  if (!adds.some((edit) => used.has(edit.span.id))) return edits;
  const ids = freshSpanIds(record, adds.length);
  let next = 0;
  return edits.map((edit) => (edit.op === 'add' ? { ...edit, span: { ...edit.span, id: ids[next++] as string } } : edit));
}

/**
 * Accepting copies suggested spans into the annotator's own set, as one undoable step
 * however many were accepted together (a span the set has already is skipped); both
 * decisions are remembered.
 */
function decideSuggestions(
  record: AnnotationRecord,
  decision: SuggestionDecision,
  spans: readonly EntitySpan[],
  status: DocumentStatus,
): { record: AnnotationRecord; result: CommandOutcome } | { refused: CommandOutcome } {
  if (spans.length === 0) return { refused: { ok: false, reason: 'no-change' } };
  const decisions = { ...record.decisions };
  for (const span of spans) decisions[suggestionKey(span)] = decision;
  const ids = decision === 'accepted' ? freshSpanIds(record, spans.length) : [];
  // The adds that fit, found by applying them in turn; then applied as one step.
  const edits: Edit[] = [];
  let fitted = record.entities;
  spans.forEach((span, i) => {
    if (decision !== 'accepted') return;
    const edit: Edit = { op: 'add', span: { id: ids[i] as string, start: span.start, end: span.end, label: span.label } };
    const outcome = applySpanEdit(fitted, edit);
    if (!outcome.ok) return;
    fitted = outcome.spans;
    edits.push(edit);
  });
  const history = record.history ?? emptyHistory();
  const outcome = edits.length === 0 ? null : edits.length === 1 ? applyEdit(history, record.entities, edits[0]!) : applyEdits(history, record.entities, edits);
  const changed = outcome?.ok ? { entities: outcome.spans, history: outcome.history } : {};
  return { record: { ...record, ...changed, decisions, status }, result: { ok: true } };
}

/**
 * Every edit, undo, redo and status change is one IndexedDB transaction against the
 * latest stored record; the saved indicator says "Saving…" until it has committed.
 */
export function useEditAnnotations(projectId: string, docId: string, annotator: string) {
  const { db } = useDatabase();
  const queryClient = useQueryClient();
  // Revisions this tab wrote: any other revision came from another tab.
  const ownRevisions = useRef(new Set<number>());
  // The record each command was shown over, to put back if its write fails.
  const shownOver = useRef(new WeakMap<AnnotationCommand, AnnotationRecord>());
  const key = useMemo(() => queryKeys.annotations(docId, annotator), [docId, annotator]);

  // The edit shows at once, computed by the same function the transaction runs.
  const show = useCallback(
    (command: AnnotationCommand) => {
      const previous = queryClient.getQueryData<AnnotationRecord>(key);
      if (!previous) return;
      shownOver.current.set(command, previous);
      const outcome = run(command, previous);
      if (!('refused' in outcome)) queryClient.setQueryData(key, editedRecord(previous, outcome.record));
    },
    [queryClient, key],
  );

  const mutation = useMutation({
    // Only when a read was in flight (see mutate below): it must be cancelled first, or it
    // would overwrite the shown edit. Returns no context, so the mutation is not updated
    // (and the screen not re-rendered) once more.
    onMutate: async (command: AnnotationCommand) => {
      if (shownOver.current.has(command)) return;
      await queryClient.cancelQueries({ queryKey: key });
      show(command);
    },
    mutationFn: async (command: AnnotationCommand) =>
      changeAnnotationRecord(db, { projectId, docId, annotator }, (current) => run(command, current), shownOver.current.get(command)),
    onError: (_error, command) => {
      const previous = shownOver.current.get(command);
      if (previous) queryClient.setQueryData(key, previous);
    },
    onSuccess: ({ record, written }) => {
      if (written) ownRevisions.current.add(record.rev);
      queryClient.setQueryData(key, record);
      if (written) announceChange({ type: 'annotations', projectId, docId });
    },
  });

  const { mutate: startMutation } = mutation;
  // Set synchronously, the shown edit is read by the render the caller's own state changes
  // (caret, focused span) schedule: one React commit per edit instead of one for those and
  // another once the query cache notifies, a task later.
  const mutate = useCallback(
    (command: AnnotationCommand, options?: Parameters<typeof startMutation>[1]) => {
      if (queryClient.isFetching({ queryKey: key }) === 0) show(command);
      startMutation(command, options);
    },
    [queryClient, key, show, startMutation],
  );
  const isOwnRevision = useCallback((rev: number) => ownRevisions.current.has(rev), []);
  return useMemo(() => ({ ...mutation, mutate, isOwnRevision }), [mutation, mutate, isOwnRevision]);
}
