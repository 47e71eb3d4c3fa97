import { useMutation } from '@tanstack/react-query';
import { decodeExchangeFile } from '../../../core/exchange/exchangeFile.ts';
import { parseProjectBundle } from '../../../core/exchange/projectBundle.ts';
import { importProjectBundle } from '../../../storage/exchangeStore.ts';
import type { BundleImportResult } from '../../../storage/exchangeStore.ts';
import { announceChange } from '../../../storage/changeFeed.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';

/** Creates a new project from a bundle file; nothing is created if any of it is wrong. */
export function useImportProjectBundle() {
  const { db } = useDatabase();
  return useMutation({
    mutationFn: async (file: File): Promise<BundleImportResult & { file: string; name: string | null }> => {
      const decoded = decodeExchangeFile(new Uint8Array(await file.arrayBuffer()));
      const parsed = decoded.ok ? parseProjectBundle(decoded.value) : { ok: false as const, problems: [decoded.problem] };
      if (!parsed.ok) return { ...parsed, file: file.name, name: null };
      const result = await importProjectBundle(db, parsed.bundle);
      if (result.ok) {
        announceChange({ type: 'projects' });
        announceChange({ type: 'documents', projectId: result.projectId });
      }
      return { ...result, file: file.name, name: parsed.bundle.project.name };
    },
  });
}
