import { useMutation } from '@tanstack/react-query';
import { encodeExchangeFile } from '../../../core/exchange/exchangeFile.ts';
import { exportWorkPackage } from '../../../storage/exchangeStore.ts';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';
import { downloadFile } from '../exchange/downloadFile.ts';
import { workPackageFileName } from '../exchange/exchangeFileName.ts';

/** Downloads one annotator's work package; resolves to the number of documents in it. */
export function useExportWorkPackage(projectId: string) {
  const { db } = useDatabase();
  return useMutation({
    mutationFn: async (annotator: string) => {
      const now = new Date();
      const pkg = await exportWorkPackage(db, projectId, annotator, now);
      downloadFile(encodeExchangeFile(pkg), workPackageFileName(pkg.project.name, annotator, now));
      return pkg.documents.length;
    },
  });
}
