import { contentHash, documentIdFromHash } from '../text/contentHash.ts';
import type { AnnotatedDocument } from './annotatedDocument.ts';

/** Gives documents without an id ('') the app's id for their text: equal texts, equal ids. */
export async function assignContentIds(docs: readonly AnnotatedDocument[]): Promise<AnnotatedDocument[]> {
  const ids = new Map<string, Promise<string>>();
  return Promise.all(
    docs.map(async (doc) => {
      if (doc.id !== '') return doc;
      let id = ids.get(doc.text);
      if (id === undefined) {
        id = contentHash(doc.text).then(documentIdFromHash);
        ids.set(doc.text, id);
      }
      return { ...doc, id: await id };
    }),
  );
}
