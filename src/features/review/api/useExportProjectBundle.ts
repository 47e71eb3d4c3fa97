import { useMutation } from '@tanstack/react-query';
import { encodeExchangeFile } from '../../../core/exchange/exchangeFile.ts';
import { exportProjectBundle } from '../../../storage/exchangeStore.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';
import { downloadFile } from '../exchange/downloadFile.ts';
import { projectBundleFileName } from '../exchange/exchangeFileName.ts';

/** Downloads the whole project as one bundle; resolves to its document and set counts. */
export function useExportProjectBundle(projectId: string) {
  const { db } = useDatabase();
  return useMutation({
    mutationFn: async () => {
      const now = new Date();
      const bundle = await exportProjectBundle(db, projectId, now);
      downloadFile(encodeExchangeFile(bundle), projectBundleFileName(bundle.project.name, now));
      return { documents: bundle.documents.length, sets: bundle.annotations.length };
    },
  });
}
