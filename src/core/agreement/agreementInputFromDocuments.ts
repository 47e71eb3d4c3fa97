import type { AnnotatedDocument } from '../formats/annotatedDocument.ts';
import { importProblem } from '../model/importProblem.ts';
import type { ImportProblem } from '../model/importProblem.ts';
import type { AgreementDocument, AgreementInput, AgreementLayers } from './agreementInput.ts';

/** A document read from a file, with the file it came from (for problems). */
export interface SourcedDocument {
  document: AnnotatedDocument;
  file: string;
}

interface Group {
  doc: AgreementDocument;
  annotations: Map<string, AgreementLayers>;
  /** File each annotator's version came from. */
  files: Map<string, string>;
}

/**
 * Puts every annotator's version of a document together. Versions with the same
 * text are the same document, whatever their ids (an id is a content hash in
 * Tawsim, but other tools may have given other ids); the first id seen names it.
 * The same id with another text is another document: it keeps the id with
 * "#2", "#3"... appended, and a problem says so. A second version by the same
 * annotator is a problem and is left out (the first counts).
 */
export function agreementInputFromDocuments(sourced: Iterable<SourcedDocument>): {
  input: AgreementInput;
  problems: ImportProblem[];
} {
  const byText = new Map<string, Group>();
  const idUses = new Map<string, number>();
  const documents: AgreementDocument[] = [];
  const problems: ImportProblem[] = [];
  for (const { document, file } of sourced) {
    let group = byText.get(document.text);
    if (group === undefined) {
      const uses = (idUses.get(document.id) ?? 0) + 1;
      idUses.set(document.id, uses);
      const docId = uses === 1 ? document.id : `${document.id}#${uses}`;
      if (uses > 1) {
        problems.push(importProblem(file, null, { code: 'id-other-text', values: { document: JSON.stringify(document.id), comparedAs: JSON.stringify(docId) } }));
      }
      const annotations = new Map<string, AgreementLayers>();
      group = { doc: { docId, text: document.text, annotations }, annotations, files: new Map() };
      byText.set(document.text, group);
      documents.push(group.doc);
    }
    const earlier = group.files.get(document.annotator);
    if (earlier !== undefined) {
      problems.push(
        importProblem(file, null, { code: 'counted-once', values: { document: JSON.stringify(group.doc.docId), annotator: JSON.stringify(document.annotator), earlier } }),
      );
      continue;
    }
    group.files.set(document.annotator, file);
    group.annotations.set(document.annotator, {
      status: document.status,
      entities: document.entities,
      events: document.events,
      stance: document.stance,
    });
  }
  return { input: { documents }, problems };
}
