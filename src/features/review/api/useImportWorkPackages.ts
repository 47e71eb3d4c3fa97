import { useMutation } from '@tanstack/react-query';
import { decodeExchangeFile } from '../../../core/exchange/exchangeFile.ts';
import { parseWorkPackage } from '../../../core/exchange/workPackage.ts';
import { importWorkPackage } from '../../../storage/exchangeStore.ts';
import type { PackageImportResult } from '../../../storage/exchangeStore.ts';
import { announceChange } from '../../../storage/changeFeed.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';

export interface PackageFileResult {
  file: string;
  result: PackageImportResult;
}

/** Imports each file as a work package, one after another; one bad package stops none of the others. */
export function useImportWorkPackages(projectId: string) {
  const { db } = useDatabase();
  return useMutation({
    mutationFn: async (files: readonly File[]): Promise<PackageFileResult[]> => {
      const results: PackageFileResult[] = [];
      for (const file of files) {
        const decoded = decodeExchangeFile(new Uint8Array(await file.arrayBuffer()));
        const parsed = decoded.ok ? parseWorkPackage(decoded.value) : { ok: false as const, problems: [decoded.problem] };
        const result = parsed.ok ? await importWorkPackage(db, projectId, parsed.pkg) : parsed;
        if (result.ok) for (const docId of result.docIds) announceChange({ type: 'annotations', projectId, docId });
        results.push({ file: file.name, result });
      }
      return results;
    },
  });
}
