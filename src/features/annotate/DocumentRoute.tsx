import { useT } from '../../ui/i18n/useT.ts';
import { useAnnotator } from '../../ui/annotator/useAnnotator.ts';
import { AnnotatorDialog } from '../../ui/annotator/AnnotatorDialog.tsx';
import { useDocumentRecord, useDocumentText } from '../../ui/data/useDocument.ts';
import { useProjectSchema } from '../../ui/data/useProjectSchema.ts';
import { AnnotateScreen } from './AnnotateScreen.tsx';
import { NotFound } from '../../ui/NotFound.tsx';

/** Loads what the annotation screen needs, and asks who is annotating on first use. */
export function DocumentRoute({ projectId, docId }: { projectId: string; docId: string }) {
  const t = useT();
  const record = useDocumentRecord(docId);
  const text = useDocumentText(docId);
  const schema = useProjectSchema(projectId);
  const annotator = useAnnotator();
  if (record.data === null || text.data === null) return <NotFound what="document" back={{ name: 'project', projectId }} />;
  if (!record.data || text.data === undefined || !schema.data || !annotator.data) return <p role="status">{t('doc.loading')}</p>;
  if (!annotator.data.current) return <AnnotatorDialog isDismissable={false} onClose={() => undefined} />;
  return (
    <AnnotateScreen
      key={`${docId}:${annotator.data.current}`}
      projectId={projectId}
      record={record.data}
      text={text.data}
      schema={schema.data}
      annotator={annotator.data.current}
    />
  );
}
