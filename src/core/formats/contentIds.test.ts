import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { emptyAnnotatedDocument } from './annotatedDocument.ts';
import { assignContentIds } from './contentIds.ts';

describe('assignContentIds', () => {
  it('gives documents without an id the first 16 hex digits of the SHA-256 of their text', async () => {
    const docs = [emptyAnnotatedDocument('', 'مصر', { kind: 'text' }, 'a'), emptyAnnotatedDocument('keep', 'مصر', { kind: 'text' }, 'b')];
    const hash = createHash('sha256').update('مصر', 'utf8').digest('hex').slice(0, 16);
    expect((await assignContentIds(docs)).map((d) => d.id)).toEqual([hash, 'keep']);
  });
});
