import { describe, expect, it } from 'vitest';
import { defaultSchema } from '../schema/defaultSchema.ts';
import { contentHash, documentIdFromHash } from '../text/contentHash.ts';
import { decodeExchangeFile, encodeExchangeFile } from './exchangeFile.ts';
import { checkBundleHashes, createProjectBundle, parseProjectBundle } from './projectBundle.ts';
import type { ProjectBundle } from './projectBundle.ts';

const TEXT = 'وفد برلماني فرنسي يزور العيون';

async function sampleBundle(): Promise<ProjectBundle> {
  const hash = await contentHash(TEXT);
  const id = documentIdFromHash(hash);
  return createProjectBundle(
    {
      project: { id: 'demo', name: 'Demo' },
      schema: defaultSchema(),
      documents: [{ id, hash, title: TEXT, text: TEXT, meta: { kind: 'headline', source: 'hespress' } }],
      annotations: [
        { document: id, annotator: 'Amal', status: 'done', updatedAt: 5, entities: [{ id: 'e1', start: 12, end: 17, label: 'GPE' }], events: [], stance: [] },
        { document: id, annotator: 'gold', status: 'in_progress', updatedAt: 6, entities: [], events: [], stance: [] },
      ],
    },
    new Date('2025-01-02T00:00:00.000Z'),
  );
}

describe('project bundles', () => {
  it('survive encoding and parsing unchanged, and their hashes check', async () => {
    const bundle = await sampleBundle();
    const decoded = decodeExchangeFile(encodeExchangeFile(bundle));
    expect(decoded.ok && parseProjectBundle(decoded.value)).toEqual({ ok: true, bundle });
    expect(await checkBundleHashes(bundle)).toEqual([]);
  });

  it('check offsets against the text and sets against the documents', async () => {
    const bundle = JSON.parse(JSON.stringify(await sampleBundle()));
    bundle.annotations[0].entities[0].end = TEXT.length + 1;
    bundle.annotations.push({ ...bundle.annotations[1] }, { ...bundle.annotations[1], document: 'nope' });
    const result = parseProjectBundle(bundle);
    expect(!result.ok && result.problems).toEqual([
      {
        code: 'invalid',
        path: 'annotations[0].entities[0]',
        detail: { code: 'ends-after-text', values: { end: String(TEXT.length + 1), length: String(TEXT.length) } },
        reason: `ends at ${TEXT.length + 1}, after the end of the text (${TEXT.length})`,
      },
      { code: 'invalid', path: 'annotations[2]', detail: { code: 'second-set', values: { annotator: 'gold' } }, reason: 'a second set of "gold" for the same document' },
      { code: 'invalid', path: 'annotations[3].document', detail: { code: 'no-such-document', values: { document: 'nope' } }, reason: 'no document "nope" in the bundle' },
    ]);
  });

  it('give each bad document and set a reason code with the values from the file it names', async () => {
    const bundle = JSON.parse(JSON.stringify(await sampleBundle()));
    const [document] = bundle.documents;
    bundle.documents.push({ ...document, meta: { kind: 'poem' } }, { ...document }, { id: 'x' });
    bundle.annotations[0].updatedAt = '5';
    bundle.annotations[0].events = [{ id: 'v1', type: 'Justice:Arrest-Jail', trigger: null, arguments: [{ role: 'Person' }], attributes: { mood: 'calm' } }];
    bundle.annotations[1].stance = {};
    bundle.annotations.push({ document: document.id });
    const result = parseProjectBundle(bundle);
    expect(!result.ok && result.problems.map((p) => (p.code === 'invalid' ? [p.path, p.detail] : p.code))).toEqual([
      ['documents[1].meta', { code: 'needs-kind' }],
      ['documents[2].id', { code: 'id-used-twice', values: { id: document.id } }],
      ['documents[3]', { code: 'needs-document-fields' }],
      ['annotations[0].updatedAt', { code: 'not-milliseconds' }],
      ['annotations[0].events[0].arguments[0]', { code: 'needs-argument-fields' }],
      ['annotations[0].events[0].attributes', { code: 'not-attributes' }],
      ['annotations[1].stance', { code: 'not-array' }],
      ['annotations[2]', { code: 'needs-set-fields' }],
    ]);
  });

  it('report a text that is not the one its hash names', async () => {
    const bundle = await sampleBundle();
    bundle.documents[0]!.text = `${TEXT}!`;
    expect(await checkBundleHashes(bundle)).toEqual([{ code: 'hash-mismatch', document: bundle.documents[0]!.id }]);
  });
});
