import { SUGGESTION_ANNOTATOR } from '../core/model/annotation.ts';
import type { TawsimDatabase } from './openTawsimDb.ts';
import { projectActivity } from './activityStore.ts';
import { namesUnder } from './keyRanges.ts';

/** One annotator's progress in a project. */
export interface AnnotatorProgress {
  annotator: string;
  done: number;
  inProgress: number;
  spans: number;
  spansByLabel: Record<string, number>;
  activeMs: number;
}

export interface ProjectProgress {
  documents: number;
  /** Documents that at least one annotator marked done. */
  doneByAnyone: number;
  annotators: AnnotatorProgress[];
}

/** Figures for the progress charts, read in one pass over the project's annotation sets (machine suggestions left out). */
export async function projectProgress(db: TawsimDatabase, projectId: string): Promise<ProjectProgress> {
  const range = namesUnder(projectId);
  const [project, sets, activity] = await Promise.all([
    db.get('projects', projectId),
    db.getAllFromIndex('annotations', 'by-project-annotator', range),
    projectActivity(db, projectId),
  ]);
  const byAnnotator = new Map<string, AnnotatorProgress>();
  const entry = (annotator: string) => {
    let progress = byAnnotator.get(annotator);
    if (!progress) byAnnotator.set(annotator, (progress = { annotator, done: 0, inProgress: 0, spans: 0, spansByLabel: {}, activeMs: 0 }));
    return progress;
  };
  const doneDocs = new Set<string>();
  for (const set of sets) {
    if (set.annotator === SUGGESTION_ANNOTATOR) continue;
    const progress = entry(set.annotator);
    if (set.status === 'done') {
      progress.done += 1;
      doneDocs.add(set.docId);
    } else if (set.status === 'in_progress') progress.inProgress += 1;
    const { labels, labelOf } = set.spans;
    progress.spans += labelOf.length;
    for (const label of labelOf) progress.spansByLabel[labels[label]!] = (progress.spansByLabel[labels[label]!] ?? 0) + 1;
  }
  for (const record of activity) entry(record.annotator).activeMs += record.activeMs;
  return {
    documents: project?.docCount ?? 0,
    doneByAnyone: doneDocs.size,
    annotators: [...byAnnotator.values()].sort((a, b) => a.annotator.localeCompare(b.annotator)),
  };
}
