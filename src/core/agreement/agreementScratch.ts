import { createCategoryIds } from './categoryIds.ts';
import type { CategoryTable } from './categoryIds.ts';
import { createCategorySegments } from './charUnits.ts';
import type { CategorySegments } from './charUnits.ts';
import { createPreparedEntities } from './preparedEntities.ts';
import type { PreparedEntities } from './preparedEntities.ts';
import { createSpanMatcher } from './spanAgreement.ts';
import type { SpanMatcher } from './spanAgreement.ts';

/**
 * What computeAgreement works in and keeps from one call to the next: label ids, the
 * span matcher, the character units' buffer, and per annotator present on a document
 * its prepared entities and segments. Kept, not made per call, for V8: its optimised
 * code for the per-document loop is tied to the matcher's and the ids' closures and to
 * these objects, and was thrown away whenever a call's own copies were collected, so
 * every call but the last few in a row ran partly unoptimised (agree_10k_3: 98 ms a call
 * against 77 ms kept; bench/README.md).
 */
export interface AgreementScratch {
  ids: CategoryTable;
  matcher: SpanMatcher;
  unitBuffer: Int32Array;
  prepared: PreparedEntities[];
  segments: CategorySegments[];
}

function createAgreementScratch(): AgreementScratch {
  return { ids: createCategoryIds(), matcher: createSpanMatcher(16), unitBuffer: new Int32Array(1024), prepared: [], segments: [] };
}

const kept = createAgreementScratch();
let inUse = false;

/** The kept scratch, ids reset and room for `annotators`; a fresh one if it is in use (a call inside a call). */
export function takeAgreementScratch(annotators: number): AgreementScratch {
  const scratch = inUse ? createAgreementScratch() : kept;
  if (scratch === kept) inUse = true;
  scratch.ids.reset();
  while (scratch.prepared.length < annotators) {
    scratch.prepared.push(createPreparedEntities());
    scratch.segments.push(createCategorySegments());
  }
  return scratch;
}

export function releaseAgreementScratch(scratch: AgreementScratch): void {
  if (scratch === kept) inUse = false;
}
