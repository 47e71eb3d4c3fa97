import { useMutation, useQueryClient } from '@tanstack/react-query';
import { GOLD_ANNOTATOR } from '../../../core/model/annotation.ts';
import type { DocumentStatus } from '../../../core/model/annotation.ts';
import { relabelGoldSpan } from '../../../core/review/goldEdits.ts';
import type { SpanValue } from '../../../core/review/reviewItem.ts';
import type { GoldLayers } from '../../../core/review/reviewItems.ts';
import { changeAnnotationRecord } from '../../../storage/annotationWrites.ts';
import { announceChange } from '../../../storage/changeFeed.ts';
import type { AnnotationRecord } from '../../../storage/tawsimSchema.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';
import { reviewKeys } from './reviewKeys.ts';

/** A change to gold: new layers from the latest stored ones (null: nothing to change), a span's new label, or a status. */
export type GoldCommand =
  | { type: 'layers'; change: (gold: GoldLayers) => GoldLayers | null }
  | { type: 'relabel'; span: SpanValue; label: string }
  | { type: 'status'; status: DocumentStatus };

function apply(command: GoldCommand, current: AnnotationRecord): { record: AnnotationRecord; result: boolean } | { refused: boolean } {
  if (command.type === 'status') {
    return current.status === command.status ? { refused: false } : { record: { ...current, status: command.status }, result: true };
  }
  const next = command.type === 'relabel' ? relabelGoldSpan(current, command.span, command.label) : command.change(current);
  if (!next) return { refused: false };
  // The review edits gold by values, outside any undo history: an old history would no longer fit the spans.
  const { history: _history, ...rest } = current;
  return {
    record: { ...rest, entities: next.entities, events: next.events, stance: next.stance, status: current.status === 'new' ? 'in_progress' : current.status },
    result: true,
  };
}

/** Every gold write is one transaction against the latest stored gold set (changeAnnotationRecord). */
export function useGoldEdit(projectId: string, docId: string) {
  const { db } = useDatabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (command: GoldCommand) => changeAnnotationRecord(db, { projectId, docId, annotator: GOLD_ANNOTATOR }, (current) => apply(command, current)),
    onSuccess: ({ record, written }) => {
      queryClient.setQueryData(reviewKeys.sets(docId), (sets: AnnotationRecord[] | undefined) =>
        sets ? [...sets.filter((s) => s.annotator !== GOLD_ANNOTATOR), record] : [record],
      );
      if (written) announceChange({ type: 'annotations', projectId, docId });
    },
  });
}
