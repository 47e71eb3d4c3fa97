import { GOLD_ANNOTATOR } from '../../core/model/annotation.ts';
import { useDocumentRecord, useDocumentText } from '../../ui/data/useDocument.ts';
import { useProjectSchema } from '../../ui/data/useProjectSchema.ts';
import { useT } from '../../ui/i18n/useT.ts';
import { AnnotateScreen } from '../annotate/AnnotateScreen.tsx';
import { NotFound } from '../../ui/NotFound.tsx';

/**
 * The annotation screen over gold, for what the review's gold text does not edit:
 * events and their arguments, stance, span menus, undo. Whoever is annotating, the
 * set written is gold's.
 */
export function GoldDocumentRoute({ projectId, docId }: { projectId: string; docId: string }) {
  const t = useT();
  const record = useDocumentRecord(docId);
  const text = useDocumentText(docId);
  const schema = useProjectSchema(projectId);
  if (record.data === null || text.data === null) return <NotFound what="document" back={{ name: 'review', projectId }} />;
  if (!record.data || text.data === undefined || !schema.data) return <p role="status">{t('doc.loading')}</p>;
  return <AnnotateScreen projectId={projectId} record={record.data} text={text.data} schema={schema.data} annotator={GOLD_ANNOTATOR} gold />;
}
