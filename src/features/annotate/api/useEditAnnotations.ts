import { useCallback, useMemo, useRef } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { applyCommand, type AnnotationCommand } from './annotationCommand.ts';
import { editedRecord } from './shareAnnotationRecord.ts';
import { changeAnnotationRecord } from '../../../storage/annotationWrites.ts';
import { announceChange } from '../../../storage/changeFeed.ts';
import { queryKeys } from '../../../storage/queryKeys.ts';
import type { AnnotationRecord } from '../../../storage/tawsimSchema.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';

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
      const outcome = applyCommand(command, previous);
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
      changeAnnotationRecord(db, { projectId, docId, annotator }, (current) => applyCommand(command, current), shownOver.current.get(command)),
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
