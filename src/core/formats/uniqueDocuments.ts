import { importProblem } from '../model/importProblem.ts';
import type { ImportProblem } from '../model/importProblem.ts';
import type { AnnotatedDocument } from './annotatedDocument.ts';

export interface UniqueDocuments {
  documents: AnnotatedDocument[];
  /** Later copies of a kept document with the same text and annotations: dropped, as an import drops them. */
  duplicates: number;
  /** Later documents with a kept one's id and annotator but another text or other annotations: dropped, each said. */
  problems: ImportProblem[];
}

const quote = (value: string) => JSON.stringify(value);


function layers(doc: AnnotatedDocument): string {
  return JSON.stringify([doc.entities, doc.events, doc.stance]);
}

/**
 * One document per id and annotator, the first met, as a Tawsim JSONL file must
 * hold them: datasets repeat sentences ("." or a recurring headline), and equal
 * texts get equal content ids. A repeat that would lose annotations or a text is
 * reported where it was read: in `files[i]` (the path as typed) when given,
 * else in the document's meta.file, at its meta.line when that counts in the file.
 */
export function uniqueDocuments(docs: readonly AnnotatedDocument[], files?: readonly string[]): UniqueDocuments {
  const where = (i: number): [string, number | null] => {
    const { file, line } = (docs[i] as AnnotatedDocument).meta;
    const path = files?.[i];
    // meta.line counts in meta.file, which a converted file (Tawsim JSONL) names as its source, not itself.
    const sameFile = path === undefined || path.split(/[\\/]/).pop() === file;
    return [path ?? file ?? '<input>', sameFile ? (line ?? null) : null];
  };
  const kept = new Map<string, number>();
  const documents: AnnotatedDocument[] = [];
  const problems: ImportProblem[] = [];
  let duplicates = 0;
  docs.forEach((doc, i) => {
    const key = quote(doc.id) + quote(doc.annotator);
    const k = kept.get(key);
    if (k === undefined) {
      kept.set(key, i);
      documents.push(doc);
      return;
    }
    const first = docs[k] as AnnotatedDocument;
    const [earlierFile, earlierLine] = where(k);
    const earlier = earlierLine === null ? earlierFile : `${earlierFile}:${earlierLine}`;
    if (first.text !== doc.text) {
      problems.push(importProblem(...where(i), { code: 'other-text', values: { document: quote(doc.id), annotator: quote(doc.annotator), earlier } }));
    } else if (layers(first) !== layers(doc)) {
      problems.push(importProblem(...where(i), { code: 'other-annotations', values: { annotator: quote(doc.annotator), earlier } }));
    } else {
      duplicates++;
    }
  });
  return { documents, duplicates, problems };
}
