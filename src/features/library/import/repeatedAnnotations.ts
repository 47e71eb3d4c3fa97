import { importProblem } from '../../../core/model/importProblem.ts';
import type { ImportProblem } from '../../../core/model/importProblem.ts';
import type { IncomingDocument } from '../../../storage/documentStore.ts';

/**
 * Within one import, a document's first annotations by an annotator are the ones
 * kept, as `tawsim convert` keeps them: datasets repeat sentences, and a repeat
 * tagged otherwise would silently replace the first. Returns each document as it
 * is to be written (a repeat without its annotations) and, for a repeat tagged
 * otherwise, the problem to report.
 */
export function createRepeatedAnnotationsFilter(): (doc: IncomingDocument) => { doc: IncomingDocument; problem: ImportProblem | null } {
  const firstSeen = new Map<string, { layers: string; at: string }>();
  return (doc) => {
    const incoming = doc.annotations;
    if (!incoming) return { doc, problem: null };
    const key = JSON.stringify([doc.id, incoming.annotator]);
    const layers = JSON.stringify([incoming.entities, incoming.events, incoming.stance]);
    const file = doc.meta.file ?? '<input>';
    const line = doc.meta.line ?? null;
    const first = firstSeen.get(key);
    if (first === undefined) {
      firstSeen.set(key, { layers, at: line === null ? file : `${file}:${line}` });
      return { doc, problem: null };
    }
    const { annotations: _repeated, ...plain } = doc;
    if (first.layers === layers) return { doc: plain, problem: null };
    return { doc: plain, problem: importProblem(file, line, { code: 'repeated-annotations', values: { earlier: first.at } }) };
  };
}
