import { defaultImportOptions } from '../../../core/importers/importOptions.ts';
import { createProject } from '../../../storage/projectStore.ts';
import { getSetting, setSetting } from '../../../storage/settingsStore.ts';
import { announceChange } from '../../../storage/changeFeed.ts';
import type { TawsimDatabase } from '../../../storage/openTawsimDb.ts';
import { importInWorker } from '../import/importClient.ts';
import { defaultAnnotationImport } from '../import/annotationImportOptions.ts';

export const DEMO_PROJECT_ID = 'demo';
export const DEMO_PROJECT_NAME = 'Demo: Arabic news';
export const DEMO_FILES = ['000_884f1ecf36255e5d.txt'];
const SEEDED_KEY = 'demoSeeded';

/** Two annotators' work on the seed article and five of its headlines, so that review has something to show. */
export const REVIEW_DEMO_PROJECT_ID = 'demo-review';
export const REVIEW_DEMO_PROJECT_NAME = 'Demo: review and agreement';
export const REVIEW_DEMO_FILE = 'demo_review_annotations.jsonl';
const REVIEW_SEEDED_KEY = 'reviewDemoSeeded';

async function demoFile(name: string, type: string): Promise<File> {
  const response = await fetch(`${import.meta.env.BASE_URL}demo/${name}`);
  if (!response.ok) throw new Error(`Demo file ${name}: HTTP ${response.status}`);
  return new File([await response.blob()], name, { type });
}

/**
 * Loads the demo corpus on the very first run, and the review demo beside it. The flag, set only once the import has
 * finished, means a user who deletes the demo project does not get it back, while an
 * interrupted first run imports again (content hashes keep each document single, and
 * the fixed project id keeps two tabs from making two demo projects).
 */
export async function seedDemoProject(db: TawsimDatabase, dbName: string): Promise<void> {
  if (!(await getSetting<boolean>(db, SEEDED_KEY))) {
    await createProject(db, DEMO_PROJECT_ID, DEMO_PROJECT_NAME);
    announceChange({ type: 'projects' });
    const files = await Promise.all(DEMO_FILES.map((name) => demoFile(name, 'text/plain')));
    const summary = await importInWorker(dbName, DEMO_PROJECT_ID, files, defaultImportOptions, defaultAnnotationImport, () => undefined).done;
    if (summary.stopped) throw new Error(summary.stopped.message);
    await setSetting(db, SEEDED_KEY, true);
  }
  // Its own flag, so that a browser seeded before this demo existed gets it once too.
  if (!(await getSetting<boolean>(db, REVIEW_SEEDED_KEY))) {
    await createProject(db, REVIEW_DEMO_PROJECT_ID, REVIEW_DEMO_PROJECT_NAME);
    announceChange({ type: 'projects' });
    const file = await demoFile(REVIEW_DEMO_FILE, 'application/jsonl');
    const asWork = { ...defaultAnnotationImport, as: 'annotator' as const };
    const summary = await importInWorker(dbName, REVIEW_DEMO_PROJECT_ID, [file], defaultImportOptions, asWork, () => undefined).done;
    if (summary.stopped) throw new Error(summary.stopped.message);
    await setSetting(db, REVIEW_SEEDED_KEY, true);
  }
}
