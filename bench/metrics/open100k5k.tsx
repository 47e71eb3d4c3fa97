import { AnnotateScreen } from '../../src/features/annotate/AnnotateScreen.tsx';
import { textBlocks } from '../../src/core/annotate/textBlocks.ts';
import { tokenizeWords } from '../../src/core/annotate/arabicWords.ts';
import { spanDepths } from '../../src/core/annotate/spanDepths.ts';
import { DEFAULT_ENTITY_LABELS } from '../../src/core/schema/defaultEntityLabels.ts';
import { createQueryClient } from '../../src/app/queryClient.ts';
import { getAnnotationRecord } from '../../src/storage/annotationWrites.ts';
import { getDocument, getText } from '../../src/storage/documentStore.ts';
import { openTawsimDb } from '../../src/storage/openTawsimDb.ts';
import { getProjectSchema } from '../../src/storage/schemaStore.ts';
import { DocumentView, type ViewLabel } from '../../src/ui/documentView/DocumentView.tsx';
import {
  annotateData,
  annotateDbName,
  ANNOTATOR,
  closeDocument,
  deleteAnnotateDb,
  openDocument,
  PROJECT_ID,
  untilPainted,
  writeAnnotatedDocument,
  type AnnotateData,
  type OpenTiming,
} from '../lib/annotateFixture.tsx';
import { AppHost } from '../lib/appHost.tsx';
import { documentView, spansRegistered, visibleSpanRanges } from '../lib/documentViewProbe.ts';
import { alignToFrame } from '../lib/frames.ts';
import { renderMarks } from '../lib/markReference.ts';
import { median } from '../stats.mjs';
import { alternate, settle, time } from '../lib/timing.ts';
import type { Metric, MetricOptions } from './types.ts';

/**
 * open_100k_5k (issue 3): open a 100,000-character Arabic document with 5,000 entity
 * spans until the highlights of the visible blocks are painted.
 *
 * App: the annotation route as the app mounts it on navigation (DocumentRoute inside the
 * app's providers, database already open, cold query cache): it reads the document
 * record, text, schema and annotator from IndexedDB, renders AnnotateScreen, which reads
 * the annotator's 5,000 spans (and the suggestion set) and renders the document view,
 * span list, palette and panels. Timed from the render call until every span range of
 * the rendered blocks is registered with CSS.highlights, then rAF + rAF.
 *
 * Reference: a minimal script turns the same text and spans into `<p>` lines with
 * (nested) `<mark>`s, inserts them as a `dir="rtl"` div the size of the app's document
 * view, same font, size and line height; timed from the start of the script to rAF + rAF.
 */

/** The document view's box in the app, for the reference to use the same; measured on the first app run. */
let viewBox: { top: number; left: number; width: number; height: number } | null = null;

function referenceHost(): HTMLElement {
  if (!viewBox) throw new Error('open_100k_5k: the reference needs the app run first (to size its box like the document view)');
  const host = document.createElement('div');
  host.className = 'bench-ref';
  Object.assign(host.style, { top: `${viewBox.top}px`, left: `${viewBox.left}px`, width: `${viewBox.width}px`, height: `${viewBox.height}px` });
  document.body.append(host);
  return host;
}

/** The reference, one run: build and insert the marks, then rAF + rAF. */
export async function openReference(data: AnnotateData): Promise<OpenTiming> {
  const host = referenceHost();
  try {
    await alignToFrame();
    const start = performance.now();
    renderMarks(host, data.text, data.spans, data.labelIndex);
    const timing = await untilPainted(start, () => true, 'the reference');
    const marks = host.getElementsByTagName('mark').length;
    if (marks < data.spans.length) throw new Error(`the reference has ${marks} marks for ${data.spans.length} spans`);
    if (host.textContent !== data.text.replaceAll('\n', '')) throw new Error('the reference text differs from the document');
    return timing;
  } finally {
    host.remove();
  }
}

function checkScreen(host: AppHost, data: AnnotateData): void {
  const view = documentView(host.element);
  if (!view) throw new Error('open_100k_5k: no document view');
  const first = view.querySelector<HTMLElement>('p[data-start="0"]');
  if (first?.textContent !== data.text.slice(0, data.text.indexOf('\n'))) throw new Error('open_100k_5k: the first line is not on screen');
  if (visibleSpanRanges(view) === 0) throw new Error('open_100k_5k: no span highlight is inside the visible box');
  const box = view.getBoundingClientRect();
  viewBox ??= { top: box.top, left: box.left, width: box.width, height: box.height };
}

async function run({ runs, log }: MetricOptions) {
  const data = annotateData(log);
  const dbName = annotateDbName('open');
  let host: AppHost | null = null;
  try {
    const docId = await writeAnnotatedDocument(dbName, data);
    host = await AppHost.open(dbName);
    const app = host;
    const registered: number[] = [];
    const referenceRegistered: number[] = [];
    const samples = await alternate({
      runs,
      log,
      app: async (runIndex) => {
        const timing = await openDocument(app, docId, data.spans);
        checkScreen(app, data);
        await closeDocument(app);
        if (runIndex > 0) registered.push(timing.registered);
        return timing.painted;
      },
      reference: async (runIndex) => {
        const timing = await openReference(data);
        if (runIndex > 0) referenceRegistered.push(timing.registered);
        return timing.painted;
      },
    });
    return { ...samples, extra: { app_registered_ms: registered, reference_inserted_ms: referenceRegistered } };
  } finally {
    await deleteAnnotateDb(host, dbName);
  }
}

/** Times one way of mounting `content`-like views: a warm-up, then the medians of `runs` runs. */
async function medianTimings(runs: number, once: () => Promise<OpenTiming>): Promise<OpenTiming> {
  const all: OpenTiming[] = [];
  for (let i = 0; i <= runs; i++) {
    await settle();
    const timing = await once();
    if (i > 0) all.push(timing);
  }
  const pick = (key: keyof OpenTiming) => median(all.map((t) => t[key]));
  return { registered: pick('registered'), frameDone: pick('frameDone'), painted: pick('painted'), frameStart: pick('frameStart') };
}

/**
 * Where the opening time goes: the IndexedDB reads, the pure preparations of the
 * annotation screen on the whole text, then three mounts each timed to registered
 * highlights, to the end of the next frame's rendering, and to rAF + rAF: the
 * DocumentView alone with the data in memory; AnnotateScreen given record, text and
 * schema (it still reads the annotation sets); the whole route (the metric). The
 * reference likewise.
 */
async function profile({ log }: MetricOptions): Promise<Record<string, number>> {
  const data = annotateData(log);
  const dbName = annotateDbName('open-profile');
  const result: Record<string, number> = {};
  const runs = 5;
  const add = (label: string, timing: OpenTiming) => {
    result[`${label}.registered`] = timing.registered;
    result[`${label}.frame_rendering`] = timing.frameDone - timing.frameStart;
    result[`${label}.frame_done`] = timing.frameDone;
    result[`${label}.painted_raf_raf`] = timing.painted;
    log(`profile ${label}: registered ${timing.registered.toFixed(1)}, frame done ${timing.frameDone.toFixed(1)}, painted ${timing.painted.toFixed(1)} ms`);
  };
  let host: AppHost | null = null;
  try {
    const docId = await writeAnnotatedDocument(dbName, data);
    {
      const db = await openTawsimDb({ name: dbName });
      const reads: number[] = [];
      for (let i = 0; i <= runs; i++) {
        const ms = await time(() =>
          Promise.all([getDocument(db, docId), getText(db, docId), getProjectSchema(db, PROJECT_ID), getAnnotationRecord(db, docId, ANNOTATOR)]),
        );
        if (i > 0) reads.push(ms);
      }
      db.close();
      result['idb_reads(record,text,schema,spans)'] = median(reads);
    }
    const pure = (label: string, fn: () => unknown) => {
      const samples: number[] = [];
      for (let i = 0; i <= runs; i++) {
        const start = performance.now();
        fn();
        if (i > 0) samples.push(performance.now() - start);
      }
      result[label] = median(samples);
    };
    pure('tokenizeWords(text)', () => tokenizeWords(data.text));
    pure('textBlocks(text)', () => textBlocks(data.text));
    pure('spanDepths(spans)', () => spanDepths(data.spans));

    host = await AppHost.open(dbName);
    const app = host;
    const blocks = textBlocks(data.text);
    const labels = new Map<string, ViewLabel>(DEFAULT_ENTITY_LABELS.map((label, index) => [label.tag, { index, color: label.color, text: label.tag }]));
    const noop = () => undefined;
    const ready = () => {
      const view = documentView(app.element);
      return view !== null && spansRegistered(view, data.spans);
    };
    add(
      'document_view_only',
      await medianTimings(runs, async () => {
        await alignToFrame();
        const start = performance.now();
        app.render(
          <div className="annotate-body">
            <div className="annotate-main">
              <DocumentView
                text={data.text}
                blocks={blocks}
                spans={data.spans}
                labels={labels}
                caret={null}
                pending={null}
                focus={null}
                triggers={[]}
                suggestions={[]}
                emphasis={[]}
                label="document"
                onSelectText={noop}
                onClickOffset={noop}
                onKeyDown={noop}
              />
            </div>
            <aside className="annotate-side" />
          </div>,
          createQueryClient(),
        );
        const timing = await untilPainted(start, ready, 'the document view');
        await closeDocument(app);
        return timing;
      }),
    );
    const db = await openTawsimDb({ name: dbName });
    const [record, text, schema] = await Promise.all([getDocument(db, docId), getText(db, docId), getProjectSchema(db, PROJECT_ID)]);
    db.close();
    add(
      'annotate_screen_given_text',
      await medianTimings(runs, async () => {
        await alignToFrame();
        const start = performance.now();
        app.render(<AnnotateScreen projectId={PROJECT_ID} record={record!} text={text!} schema={schema} annotator={ANNOTATOR} />, createQueryClient());
        const timing = await untilPainted(start, ready, 'the annotation screen');
        await closeDocument(app);
        return timing;
      }),
    );
    add(
      'document_route(metric)',
      await medianTimings(runs, async () => {
        const timing = await openDocument(app, docId, data.spans);
        checkScreen(app, data);
        await closeDocument(app);
        return timing;
      }),
    );
    add('reference', await medianTimings(runs, () => openReference(data)));
  } finally {
    await deleteAnnotateDb(host, dbName);
  }
  return result;
}

export const open100k5k: Metric = {
  name: 'open_100k_5k',
  description: 'open a 100,000-character document with 5,000 spans (annotation route) until the visible highlights are painted vs the same as <mark>s in a plain rtl div',
  target: { ratio: 1.0 },
  run,
  profile,
};
