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
      { code: 'invalid', path: 'annotations[0].entities[0]', reason: `ends at ${TEXT.length + 1}, after the end of the text (${TEXT.length})` },
      { code: 'invalid', path: 'annotations[2]', reason: 'a second set of "gold" for the same document' },
      { code: 'invalid', path: 'annotations[3].document', reason: 'no document "nope" in the bundle' },
    ]);
  });

  it('report a text that is not the one its hash names', async () => {
    const bundle = await sampleBundle();
    bundle.documents[0]!.text = `${TEXT}!`;
    expect(await checkBundleHashes(bundle)).toEqual([{ code: 'hash-mismatch', document: bundle.documents[0]!.id }]);
  });
});
