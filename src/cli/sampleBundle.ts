import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeExchangeFile } from '../core/exchange/exchangeFile.ts';
import { createProjectBundle } from '../core/exchange/projectBundle.ts';
import type { BundleAnnotation } from '../core/exchange/projectBundle.ts';
import { SUGGESTION_ANNOTATOR } from '../core/model/annotation.ts';
import { defaultSchema } from '../core/schema/defaultSchema.ts';
import { contentHash, documentIdFromHash } from '../core/text/contentHash.ts';

/** A headline with an emoji before its spans, so that code point and UTF-16 offsets differ. */
export const BUNDLE_HEADLINE = '😀 وفد برلماني فرنسي يزور العيون';
/** A second document, which nobody has annotated yet. */
export const BUNDLE_UNTOUCHED = 'أعلنت وزارة الخارجية عن الزيارة.';

/**
 * Writes a gzipped project bundle, as the app's review screen downloads one, for the
 * CLI tests: Amal and Bilal tag the headline's place differently, gold settles it, and
 * the import's suggestions hold one more span; a second document has no set. Returns its path.
 */
export async function writeSampleBundle(dir: string): Promise<string> {
  const hash = await contentHash(BUNDLE_HEADLINE);
  const id = documentIdFromHash(hash);
  const untouched = await contentHash(BUNDLE_UNTOUCHED);
  const place = BUNDLE_HEADLINE.indexOf('العيون');
  const country = BUNDLE_HEADLINE.indexOf('فرنسي');
  const set = (annotator: string, entities: BundleAnnotation['entities']): BundleAnnotation => ({ document: id, annotator, status: 'done', updatedAt: 5, entities, events: [], stance: [] });
  const bundle = createProjectBundle(
    {
      project: { id: 'p1', name: 'Demo' },
      schema: defaultSchema(),
      documents: [
        { id, hash, title: BUNDLE_HEADLINE, text: BUNDLE_HEADLINE, meta: { kind: 'headline', source: 'hespress' } },
        { id: documentIdFromHash(untouched), hash: untouched, title: BUNDLE_UNTOUCHED, text: BUNDLE_UNTOUCHED, meta: { kind: 'text', file: 'notes.txt' } },
      ],
      annotations: [
        set('Amal', [{ id: 'e1', start: place, end: place + 6, label: 'GPE' }, { id: 'e2', start: country, end: country + 5, label: 'NORP' }]),
        set('Bilal', [{ id: 'e1', start: place, end: place + 6, label: 'LOC' }]),
        set('gold', [{ id: 'e1', start: place, end: place + 6, label: 'GPE' }]),
        set(SUGGESTION_ANNOTATOR, [{ id: 'e1', start: 2, end: 5, label: 'ORG' }]),
      ],
    },
    new Date('2025-01-02T00:00:00.000Z'),
  );
  const path = join(dir, 'p1.tawsim-bundle.json.gz');
  writeFileSync(path, encodeExchangeFile(bundle));
  return path;
}
