import { gzipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SUGGESTION_ANNOTATOR } from '../model/annotation.ts';
import { defaultSchema } from '../schema/defaultSchema.ts';
import { contentHash, documentIdFromHash } from '../text/contentHash.ts';
import { exchangeFileFormat, readProjectBundle } from './bundleDocuments.ts';
import { encodeExchangeFile } from './exchangeFile.ts';
import { createProjectBundle } from './projectBundle.ts';
import type { BundleAnnotation, BundleDocument, ProjectBundle } from './projectBundle.ts';
import { createWorkPackage } from './workPackage.ts';

// An emoji before the span, so that offsets in UTF-16 (the bundle's) and code points differ.
const HEADLINE = '😀 وفد برلماني فرنسي يزور العيون';
const BODY = 'أعلنت وزارة الخارجية في الرباط عن الزيارة.';

async function bundleDocument(text: string): Promise<BundleDocument> {
  const hash = await contentHash(text);
  return { id: documentIdFromHash(hash), hash, title: text.slice(0, 20), text, meta: { kind: 'headline', source: 'hespress' } };
}

function set(document: string, annotator: string, entities: BundleAnnotation['entities']): BundleAnnotation {
  return { document, annotator, status: 'done', updatedAt: 5, entities, events: [], stance: [] };
}

async function sampleBundle(): Promise<ProjectBundle> {
  const [headline, body] = [await bundleDocument(HEADLINE), await bundleDocument(BODY)];
  const place = HEADLINE.indexOf('العيون');
  return createProjectBundle(
    {
      project: { id: 'p1', name: 'Demo' },
      schema: defaultSchema(),
      documents: [headline, body],
      // Sets in no document order: documents come out in the bundle's order of documents.
      annotations: [
        set(body.id, 'Amal', [{ id: 'e1', start: 24, end: 30, label: 'GPE' }]),
        set(headline.id, SUGGESTION_ANNOTATOR, [{ id: 'e1', start: place, end: place + 6, label: 'LOC' }]),
        set(headline.id, 'Amal', [{ id: 'e1', start: place, end: place + 6, label: 'GPE' }]),
        set(headline.id, 'gold', [{ id: 'e4', start: place, end: place + 6, label: 'GPE' }]),
      ],
    },
    new Date('2025-01-02T00:00:00.000Z'),
  );
}

describe('exchangeFileFormat', () => {
  it('knows a bundle or work package by its opening, gzipped or not, and nothing else', async () => {
    const bundle = await sampleBundle();
    expect(exchangeFileFormat(encodeExchangeFile(bundle))).toBe('tawsim-project-bundle');
    expect(exchangeFileFormat(strToU8(`\uFEFF${JSON.stringify(bundle, null, 2)}`))).toBe('tawsim-project-bundle');
    const pkg = createWorkPackage({ annotator: 'Amal', project: bundle.project, schema: bundle.schema, documents: [] }, new Date());
    expect(exchangeFileFormat(encodeExchangeFile(pkg))).toBe('tawsim-work-package');

    const jsonl = `${JSON.stringify({ id: 'x', text: '"format": "tawsim-project-bundle"' })}\n`;
    expect(exchangeFileFormat(strToU8(jsonl))).toBeNull();
    expect(exchangeFileFormat(gzipSync(strToU8(jsonl)))).toBeNull();
    expect(exchangeFileFormat(strToU8(JSON.stringify({ ...bundle, format: 'other' })))).toBeNull();
    expect(exchangeFileFormat(new Uint8Array([0x1f, 0x8b, 0, 1, 2]))).toBeNull();
    expect(exchangeFileFormat(new Uint8Array())).toBeNull();
  });

  it('finds the opening of a gzipped bundle that runs to many chunks', async () => {
    const bundle = await sampleBundle();
    // Titles of pseudo-random letters, which gzip cannot shrink much.
    let seed = 7;
    const letters = (n: number) =>
      Array.from({ length: n }, () => {
        seed ^= seed << 13;
        seed ^= seed >>> 17;
        seed ^= seed << 5;
        return String.fromCharCode(0x621 + ((seed >>> 0) % 26));
      }).join('');
    const big = { ...bundle, documents: [...bundle.documents, ...Array.from({ length: 200 }, () => ({ ...bundle.documents[0]!, title: letters(1000) }))] };
    const bytes = encodeExchangeFile(big);
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    expect(exchangeFileFormat(bytes)).toBe('tawsim-project-bundle');
  });
});

describe('readProjectBundle', () => {
  it('gives every annotator’s and gold’s sets, in document order, and leaves the import’s suggestions out', async () => {
    const bundle = await sampleBundle();
    const [headline, body] = bundle.documents as [BundleDocument, BundleDocument];
    const read = await readProjectBundle(encodeExchangeFile(bundle), 'p1.tawsim-bundle.json.gz');
    expect(read.problems).toEqual([]);
    expect(read.documents.map((doc) => [doc.id, doc.annotator])).toEqual([
      [headline.id, 'Amal'],
      [headline.id, 'gold'],
      [body.id, 'Amal'],
    ]);
    const [amal] = read.documents;
    expect(amal).toEqual({ id: headline.id, text: HEADLINE, meta: headline.meta, annotator: 'Amal', status: 'done', entities: bundle.annotations[2]!.entities, events: [], stance: [] });
    // UTF-16 offsets, as the app keeps them: the entity is the place's name.
    expect(HEADLINE.slice(amal!.entities[0]!.start, amal!.entities[0]!.end)).toBe('العيون');
  });

  it('reads nothing of a bundle with a problem, and says each as the file’s problem', async () => {
    const file = 'p1.json.gz';
    const bundle = JSON.parse(JSON.stringify(await sampleBundle()));
    bundle.annotations[0].entities[0].end = BODY.length + 1;
    expect(await readProjectBundle(encodeExchangeFile(bundle), file)).toEqual({
      documents: [],
      problems: [
        {
          file,
          line: null,
          code: 'bundle-field',
          values: { path: 'annotations[0].entities[0]', reason: `ends at ${BODY.length + 1}, after the end of the text (${BODY.length})` },
          reason: `project bundle, annotations[0].entities[0]: ends at ${BODY.length + 1}, after the end of the text (${BODY.length})`,
        },
      ],
    });

    const edited = await sampleBundle();
    edited.documents[1]!.text = `${BODY} `;
    const mismatch = await readProjectBundle(encodeExchangeFile(edited), file);
    expect(mismatch.documents).toEqual([]);
    expect(mismatch.problems.map((problem) => problem.reason)).toEqual([`project bundle: the text of document ${edited.documents[1]!.id} is not the one its hash names`]);

    const newer = await readProjectBundle(encodeExchangeFile({ ...(await sampleBundle()), version: 2 }), file);
    expect(newer.problems.map((problem) => problem.reason)).toEqual(['the project bundle is of version 2; this version of Tawsim reads up to 1: update Tawsim']);

    const whole = encodeExchangeFile(await sampleBundle());
    const cut = await readProjectBundle(whole.subarray(0, whole.length - 40), file);
    expect(cut).toEqual({ documents: [], problems: [expect.objectContaining({ code: 'bundle-unreadable', reason: 'cannot read the project bundle (damaged, or not a Tawsim file)' })] });
    const notJson = await readProjectBundle(strToU8('{"format": "tawsim-project-bundle", '), file);
    expect(notJson.problems.map((problem) => problem.code)).toEqual(['bundle-not-json']);
  });
});
