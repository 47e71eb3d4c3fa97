import type { EntitySpan } from '../../src/core/model/annotation.ts';
import { DEFAULT_ENTITY_LABELS } from '../../src/core/schema/defaultEntityLabels.ts';
import { hashDocuments } from '../../src/core/text/contentHash.ts';
import { DocumentRoute } from '../../src/features/annotate/DocumentRoute.tsx';
import { createQueryClient } from '../../src/app/queryClient.ts';
import { writeDocumentBatch } from '../../src/storage/documentStore.ts';
import { openTawsimDb } from '../../src/storage/openTawsimDb.ts';
import { createProject } from '../../src/storage/projectStore.ts';
import { setSetting } from '../../src/storage/settingsStore.ts';
import { AppHost } from './appHost.tsx';
import { longDocument, wordAlignedSpans } from './benchDocuments.ts';
import { documentView, spansRegistered } from './documentViewProbe.ts';
import { alignToFrame, nextFrame, nextTask, waitFor } from './frames.ts';
import { installReferenceStyle } from './markReference.ts';
import { seededRandom } from './random.ts';
import { deleteDb } from './rawIdb.ts';

/**
 * What open_100k_5k and add_span_100k_5k share: the 100,000-character document with
 * 5,000 spans, written into a fresh database through the app's storage functions
 * (project, document with the annotator "bench"'s record, current annotator), and the
 * annotation screen mounted over it as the app mounts it for the route
 * #/project/…/doc/…: DocumentRoute (which reads the record, text, schema and annotator,
 * then renders AnnotateScreen, which reads the annotation sets) inside the app's
 * providers.
 */

export const DOC_LENGTH = 100_000;
export const SPAN_COUNT = 5_000;
/** The first words carry no span: the caret starts on the first one, where add_span_100k_5k tags. */
export const FREE_WORDS = 12;
export const PROJECT_ID = 'p_bench';
export const ANNOTATOR = 'bench';

export interface AnnotateData {
  text: string;
  spans: EntitySpan[];
  /** Label tag → index in the default schema (the app's highlight and the reference's mark classes). */
  labelIndex: Map<string, number>;
}

let data: AnnotateData | null = null;

export function annotateData(log: (message: string) => void): AnnotateData {
  if (!data) {
    const start = performance.now();
    const text = longDocument(DOC_LENGTH);
    const spans = wordAlignedSpans(text, SPAN_COUNT, seededRandom(0x5ba5), { freeWords: FREE_WORDS, nested: 0.15 });
    if (text.length !== DOC_LENGTH || spans.length !== SPAN_COUNT) throw new Error('the 100k / 5k document came out wrong');
    const labelIndex = new Map(DEFAULT_ENTITY_LABELS.map((label, i) => [label.tag, i]));
    data = { text, spans, labelIndex };
    const lines = text.split('\n').length;
    log(`generated a ${text.length}-character document (${lines} lines) with ${spans.length} spans in ${(performance.now() - start).toFixed(0)} ms`);
  }
  installReferenceStyle(DEFAULT_ENTITY_LABELS.map((label) => label.color));
  return data;
}

let uniqueName = 0;
export function annotateDbName(metric: string): string {
  return `tawsim-bench-${metric}-${Date.now()}-${uniqueName++}`;
}

/** Writes the document and the annotator's spans with the app's storage functions; returns the document id. */
export async function writeAnnotatedDocument(dbName: string, { text, spans }: AnnotateData): Promise<string> {
  const db = await openTawsimDb({ name: dbName });
  try {
    if (!(await createProject(db, PROJECT_ID, 'bench 100k / 5k'))) throw new Error(`project ${PROJECT_ID} exists in ${dbName}`);
    const [hashed] = await hashDocuments([{ text, meta: { kind: 'article' as const, title: text.slice(0, text.indexOf('\n')) } }]);
    const written = await writeDocumentBatch(db, PROJECT_ID, [
      { ...hashed!, annotations: { annotator: ANNOTATOR, status: 'in_progress', entities: spans, events: [], stance: [] } },
    ]);
    if (written.added.length !== 1) throw new Error(`expected one document written, got ${written.added.length}`);
    await setSetting(db, 'annotators', [ANNOTATOR]);
    await setSetting(db, 'annotator', ANNOTATOR);
    return written.added[0]!.id;
  } finally {
    db.close();
  }
}

export interface OpenTiming {
  /** From the start of the mount until every rendered block's span highlights are registered. */
  registered: number;
  /** Until the end of the rendering steps of the next frame (that frame holds them). */
  frameDone: number;
  /** Until the rAF after that frame: the metric's "painted". */
  painted: number;
  /** performance.now() of the first rAF callback after registration. */
  frameStart: number;
}

/**
 * Waits for `ready` (polled once per task), then for the next frame and the one after.
 * Times are from `start`. The task queued from the first rAF runs after that frame's
 * rendering steps: frameDone − frameStart is that frame's style, layout and paint.
 */
export async function untilPainted(start: number, ready: () => boolean, what: string): Promise<OpenTiming> {
  const registeredAt = await waitFor(() => ready() && performance.now(), what);
  let frameDoneAt = 0;
  const frameStart = await nextFrame().then(() => performance.now());
  const frameDone = nextTask().then(() => {
    frameDoneAt = performance.now();
  });
  await nextFrame();
  await frameDone;
  const paintedAt = performance.now();
  return { registered: registeredAt - start, frameDone: frameDoneAt - start, painted: paintedAt - start, frameStart: frameStart - start };
}

/** The annotation screen, mounted and painted; what add_span_100k_5k edits. */
export interface OpenScreen {
  host: AppHost;
  view: HTMLElement;
  docId: string;
}

/** Mounts DocumentRoute with a cold query cache and times it until the visible spans are painted. */
export async function openDocument(host: AppHost, docId: string, spans: readonly EntitySpan[]): Promise<OpenTiming> {
  if (CSS.highlights.size !== 0) throw new Error(`${CSS.highlights.size} highlights are left from an earlier mount`);
  const client = createQueryClient();
  await alignToFrame();
  const start = performance.now();
  host.render(<DocumentRoute key={docId} projectId={PROJECT_ID} docId={docId} />, client);
  return untilPainted(
    start,
    () => {
      const view = documentView(host.element);
      return view !== null && spansRegistered(view, spans);
    },
    'the annotation screen to register the visible spans',
  );
}

/**
 * Unmounts the screen and lets the page go idle. React commits the unmount in a task of
 * its own, which on a busy page (after import_10k) can come after the next frame: wait for
 * the document view to leave the DOM, then check that its highlights left with it.
 */
export async function closeDocument(host: AppHost): Promise<void> {
  host.render(null, createQueryClient());
  await waitFor(() => documentView(host.element) === null, 'the annotation screen to unmount', 10_000);
  if (CSS.highlights.size !== 0) throw new Error(`${CSS.highlights.size} highlights remain after unmounting`);
  await alignToFrame();
}

export async function deleteAnnotateDb(host: AppHost | null, dbName: string): Promise<void> {
  host?.close();
  await deleteDb(dbName);
}
