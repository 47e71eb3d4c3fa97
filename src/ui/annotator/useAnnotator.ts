import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { GOLD_ANNOTATOR } from '../../core/model/annotation.ts';
import { getSetting, setSetting } from '../../storage/settingsStore.ts';
import { queryKeys } from '../../storage/queryKeys.ts';
import { useDatabase } from '../DatabaseProvider.tsx';

const CURRENT = 'annotator';
const KNOWN = 'annotators';

export interface AnnotatorState {
  current: string | null;
  known: string[];
}

/** Names are free text, but `gold` belongs to adjudication and is never an annotator's name. */
export function annotatorNameProblem(name: string): 'empty' | 'reserved' | 'too-long' | null {
  const trimmed = name.trim();
  if (!trimmed) return 'empty';
  if (trimmed.toLowerCase() === GOLD_ANNOTATOR || trimmed.startsWith('~')) return 'reserved';
  if (trimmed.length > 60) return 'too-long';
  return null;
}

/** Who is annotating in this browser; kept in the database so every tab agrees. */
export function useAnnotator() {
  const { db } = useDatabase();
  return useQuery({
    queryKey: queryKeys.setting(CURRENT),
    queryFn: async (): Promise<AnnotatorState> => ({
      current: (await getSetting<string>(db, CURRENT)) ?? null,
      known: (await getSetting<string[]>(db, KNOWN)) ?? [],
    }),
    staleTime: Infinity,
  });
}

export function useSetAnnotator() {
  const { db } = useDatabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (name: string) => {
      const trimmed = name.trim();
      if (annotatorNameProblem(trimmed)) throw new Error(`Invalid annotator name: ${name}`);
      const known = (await getSetting<string[]>(db, KNOWN)) ?? [];
      await setSetting(db, KNOWN, known.includes(trimmed) ? known : [...known, trimmed].sort());
      await setSetting(db, CURRENT, trimmed);
      return trimmed;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.setting(CURRENT) }),
  });
}
