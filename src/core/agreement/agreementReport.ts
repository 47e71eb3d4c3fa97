import { GOLD_ANNOTATOR } from '../model/annotation.ts';
import { isAnnotated } from './agreementInput.ts';
import type { AgreementDocument, AgreementInput, AgreementLayers } from './agreementInput.ts';
import type { AgreementNote } from './agreementNote.ts';
import { releaseAgreementScratch, takeAgreementScratch } from './agreementScratch.ts';
import type { AgreementScratch } from './agreementScratch.ts';
import { addSegmentPairs, addSegmentValues, categorySegments, charUnits } from './charUnits.ts';
import type { CategorySegments } from './charUnits.ts';
import { cohenKappa, cohenKappaFromMatrix } from './cohenKappa.ts';
import { disagreementFromSum, pairAgreement } from './documentDisagreement.ts';
import { addEventCounts, compareEventItems, emptyEventCounts, eventItems, eventScores } from './eventAgreement.ts';
import type { EventCounts, EventItems } from './eventAgreement.ts';
import { f1Score } from './f1Score.ts';
import { createNominalAlphaTally, nominalAlphaFromUnits } from './krippendorffAlpha.ts';
import type { LabelConfusion } from './labelConfusion.ts';
import { orderByDisagreement } from './orderByDisagreement.ts';
import { prepareEntities } from './preparedEntities.ts';
import type { PreparedEntities } from './preparedEntities.ts';
import { addLabelSizes, createLabelSpanCounts, emptySpanCounts, growLabelSpanCounts, perLabelScores, spanScores } from './spanAgreement.ts';
import type { LabelSpanCounts, SpanCounts, SpanScores } from './spanAgreement.ts';
import { pairStanceLabels, stanceDocumentAgreement, stanceLabelsByTarget, stanceUnits } from './stanceAgreement.ts';

export interface AgreementOptions {
  /**
   * Whose work to compare, in this order (pairs follow it). Default: every
   * annotator of the input except `gold`, in code unit order; name `gold` here
   * to compare against the adjudicated version.
   */
  annotators?: readonly string[];
}

export interface EntityPairScores extends SpanScores {
  a: string;
  b: string;
  char_kappa: number | null;
}

export interface EventPairScores {
  a: string;
  b: string;
  trigger_f1: number | null;
  type_f1: number | null;
  argument_f1: number | null;
}

export interface StancePairScores {
  a: string;
  b: string;
  kappa: number | null;
}

export interface DocumentScore {
  id: string;
  /** The chosen annotators who annotated the document. */
  annotators: string[];
  /** See disagreementFromPairs (documentDisagreement.ts); null when fewer than two annotated it. */
  disagreement: number | null;
}

export interface PairConfusion extends LabelConfusion {
  a: string;
  b: string;
  /** Documents both annotated: the documents every pairwise figure of a and b is over. */
  documents: number;
}

/**
 * The agreement report; its first five keys are the JSON object of
 * `tawsim agree --json` in issue 6, the others are extras for the review screen.
 * Every figure is a number or null ("nothing to compare"), never NaN.
 */
export interface AgreementReport {
  annotators: string[];
  /** Documents annotated by at least two of the annotators: those any figure is computed over. */
  documents: number;
  entities: {
    pairs: EntityPairScores[];
    char_alpha: number | null;
    /** Per label, pooled over every pair of annotators and every document the pair shares. */
    per_label: Record<string, SpanScores>;
  };
  events: { pairs: EventPairScores[] };
  stance: { pairs: StancePairScores[]; alpha: number | null };
  /** Every document of the input, the most disagreed first (equal scores in input order); documents without a score last. */
  per_document: DocumentScore[];
  /** One character-unit confusion matrix per pair, same axes for all. */
  confusion: PairConfusion[];
  /** Why a kappa or alpha is null, and pairs with no document in common. */
  notes: AgreementNote[];
}

interface PairTally {
  a: number;
  b: number;
  documents: number;
  spans: SpanCounts;
  /** capacity × capacity, row-major, indexed by label id. */
  confusion: Float64Array;
  events: EventCounts;
  stance: { a: string[]; b: string[] };
}

/** Default annotators: everyone but gold, in code unit order. */
export function defaultAnnotators(input: AgreementInput): string[] {
  const names = new Set<string>();
  for (const doc of input.documents) for (const name of doc.annotations.keys()) names.add(name);
  names.delete(GOLD_ANNOTATOR);
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Computes every agreement figure of issue 6 in one pass over the documents.
 * Pairwise figures of a and b are over the documents both annotated; alphas
 * take every document with at least two annotators, the others' units being
 * missing values. F1 is micro-averaged (counts summed over documents).
 * Entity offsets outside a text throw a RangeError naming the document.
 */
export function computeAgreement(input: AgreementInput, options: AgreementOptions = {}): AgreementReport {
  const annotators = [...new Set(options.annotators ?? defaultAnnotators(input))];
  const scratch = takeAgreementScratch(annotators.length);
  try {
    const tally = createCorpusTally(annotators, scratch);
    for (const doc of input.documents) addDocument(tally, doc);
    return reportOf(tally);
  } finally {
    releaseAgreementScratch(scratch);
  }
}

/** The report from the tallies over every document, read while the scratch (its label ids among it) is still the call's. */
function reportOf(tally: CorpusTally): AgreementReport {
  const notes: AgreementNote[] = [];
  const { annotators, capacity, pairs, perLabel, charAlphaValues, charAlphaMatching, stanceAlphaUnits, perDocument, documents } = tally;
  const categories = tally.scratch.ids;

  // The matrices' axes in label name order, "O" first.
  const axis = categories.names.map((_, id) => id).sort((x, y) => {
    if (x === 0 || y === 0) return x - y;
    const a = categories.names[x] as string;
    const b = categories.names[y] as string;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const labels = axis.map((id) => categories.names[id] as string);
  const entityPairs: EntityPairScores[] = [];
  const eventPairs: EventPairScores[] = [];
  const stancePairs: StancePairScores[] = [];
  const confusion: PairConfusion[] = [];
  for (const pair of pairs) {
    const a = annotators[pair.a] as string;
    const b = annotators[pair.b] as string;
    if (pair.documents === 0) notes.push({ kind: 'no-common-documents', a, b });
    const counts = axis.map((row) => axis.map((column) => pair.confusion[row * capacity + column] as number));
    const kappa = cohenKappaFromMatrix(counts);
    if (kappa.reason !== null && pair.documents > 0) notes.push({ kind: 'pair-undefined', metric: 'char_kappa', a, b, reason: kappa.reason });
    entityPairs.push({ a, b, ...spanScores(pair.spans), char_kappa: kappa.value });
    eventPairs.push({ a, b, ...eventScores(pair.events) });
    const stanceKappa = cohenKappa(pair.stance.a, pair.stance.b);
    if (stanceKappa.reason !== null && pair.documents > 0) {
      notes.push({ kind: 'pair-undefined', metric: 'stance_kappa', a, b, reason: stanceKappa.reason });
    }
    stancePairs.push({ a, b, kappa: stanceKappa.value });
    confusion.push({ a, b, documents: pair.documents, labels, counts });
  }
  const charAlphaTally = createNominalAlphaTally();
  charAlphaValues.forEach((count, category) => charAlphaTally.addValues(category, count));
  charAlphaMatching.forEach((orderedPairs, coders) => charAlphaTally.addMatchingPairs(orderedPairs, coders));
  const charAlpha = charAlphaTally.result();
  if (charAlpha.reason !== null) notes.push({ kind: 'corpus-undefined', metric: 'char_alpha', reason: charAlpha.reason });
  const stanceAlpha = nominalAlphaFromUnits(stanceAlphaUnits);
  if (stanceAlpha.reason !== null) notes.push({ kind: 'corpus-undefined', metric: 'stance_alpha', reason: stanceAlpha.reason });
  if (annotators.length < 2) notes.push({ kind: 'too-few-annotators' });

  // Documents with the same score stay in the order given (the project's order in the app, the files' in the CLI).
  const perDocumentOrdered = orderByDisagreement(perDocument);

  return {
    annotators: [...annotators],
    documents,
    entities: { pairs: entityPairs, char_alpha: charAlpha.value, per_label: perLabelScores(perLabel, categories.names) },
    events: { pairs: eventPairs },
    stance: { pairs: stancePairs, alpha: stanceAlpha.value },
    per_document: perDocumentOrdered,
    confusion,
    notes,
  };
}

/**
 * computeAgreement's running tallies over the documents, and the scratch it
 * reuses from one document to the next (and keeps for the next call). One document at a time goes through
 * addDocument, a function of its own: small and called for every document, it
 * is optimised early and stays so, whatever happens to the loop around it.
 */
interface CorpusTally {
  annotators: readonly string[];
  /** Label ids (scratch.ids) are given as labels turn up; the tallies indexed by them grow in steps. */
  capacity: number;
  pairs: PairTally[];
  /** pairIndex[a][b], a < b: the index in pairs of annotators a and b. */
  pairIndex: number[][];
  perLabel: LabelSpanCounts;
  /** char_alpha's sums, given to its tally at the end: how many units have each category (over every annotator's values) … */
  charAlphaValues: Float64Array;
  /** … and how many ordered pairs of equal values, by the number of annotators of the units' documents. */
  charAlphaMatching: Float64Array;
  stanceAlphaUnits: string[][];
  perDocument: DocumentScore[];
  documents: number;
  /** Label ids, span matcher, and the entities and segments of the k-th annotator present on a document. */
  scratch: AgreementScratch;
  /** Likewise per present annotator: who it is, its work and its events and stance. */
  present: Int32Array;
  layers: AgreementLayers[];
  events: EventItems[];
  stance: ReadonlyMap<string, string>[];
}

function createCorpusTally(annotators: readonly string[], scratch: AgreementScratch): CorpusTally {
  const capacity = 16;
  const pairs: PairTally[] = [];
  const pairIndex: number[][] = annotators.map(() => []);
  for (let a = 0; a < annotators.length; a++) {
    for (let b = a + 1; b < annotators.length; b++) {
      (pairIndex[a] as number[])[b] = pairs.length;
      pairs.push({
        a,
        b,
        documents: 0,
        spans: emptySpanCounts(),
        confusion: new Float64Array(capacity * capacity),
        events: emptyEventCounts(),
        stance: { a: [], b: [] },
      });
    }
  }
  return {
    annotators,
    capacity,
    pairs,
    pairIndex,
    perLabel: createLabelSpanCounts(capacity),
    charAlphaValues: new Float64Array(capacity),
    charAlphaMatching: new Float64Array(annotators.length + 1),
    stanceAlphaUnits: [],
    perDocument: [],
    documents: 0,
    scratch,
    present: new Int32Array(annotators.length),
    layers: [],
    events: [],
    stance: [],
  };
}

/** Adds one document to every tally. */
function addDocument(tally: CorpusTally, doc: AgreementDocument): void {
  const { annotators, pairs, pairIndex, charAlphaMatching, scratch, present, layers, events, stance } = tally;
  const { ids: categories, prepared, segments, matcher } = scratch;
  const names: string[] = [];
  for (let k = 0; k < annotators.length; k++) {
    const set = doc.annotations.get(annotators[k] as string);
    if (isAnnotated(set)) {
      present[names.length] = k;
      layers[names.length] = set;
      names.push(annotators[k] as string);
    }
  }
  const n = names.length;
  if (n < 2) {
    tally.perDocument.push({ id: doc.docId, annotators: names, disagreement: null });
    return;
  }
  tally.documents++;
  if (scratch.unitBuffer.length <= doc.text.length) scratch.unitBuffer = new Int32Array(Math.max(2 * scratch.unitBuffer.length, doc.text.length + 1));
  const units = charUnits(doc.text, scratch.unitBuffer);
  let anyStance = false;
  for (let k = 0; k < n; k++) {
    const set = layers[k] as AgreementLayers;
    let entities: PreparedEntities;
    try {
      entities = prepareEntities(units, set.entities, categories, prepared[k]);
    } catch (error) {
      throw new RangeError(`document ${doc.docId}, annotator ${names[k]}: ${(error as Error).message}`);
    }
    if (categories.names.length > tally.capacity) growTally(tally);
    // Its spans are on the A side of a comparison with each later annotator, on the B side with each earlier one.
    addLabelSizes(tally.perLabel, entities, n - 1 - k, k);
    const annotatorSegments = categorySegments(units, entities, categories, segments[k]);
    addSegmentValues(tally.charAlphaValues, annotatorSegments);
    events[k] = eventItems(set);
    const labels = stanceLabelsByTarget(set.stance);
    stance[k] = labels;
    if (labels.size > 0) anyStance = true;
  }
  if (anyStance) for (const unit of stanceUnits(stance.slice(0, n))) tally.stanceAlphaUnits.push(unit);

  const { perLabel, capacity } = tally;
  let agreementSum = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const pair = pairs[(pairIndex[present[i] as number] as number[])[present[j] as number] as number] as PairTally;
      pair.documents++;
      // The pair's running totals before and after this document give its own exact counts.
      const exact = pair.spans.exact;
      const sizesBefore = exact.sizeA + exact.sizeB;
      const matchedBefore = exact.matchedA;
      matcher.tallyMatches(prepared[i] as PreparedEntities, prepared[j] as PreparedEntities, pair.spans, perLabel);
      const sizes = exact.sizeA + exact.sizeB - sizesBefore;
      const agreeing = addSegmentPairs(pair.confusion, capacity, segments[i] as CategorySegments, segments[j] as CategorySegments);
      // Every unit has a value from each of the document's annotators: its coincidences are the pairs' agreements.
      charAlphaMatching[n] = (charAlphaMatching[n] as number) + 2 * agreeing;
      const eventsA = events[i] as EventItems;
      const eventsB = events[j] as EventItems;
      let eventTypes: number | null = null;
      let eventArguments: number | null = null;
      if (eventsA.types.length > 0 || eventsB.types.length > 0) {
        const eventCounts = compareEventItems(eventsA, eventsB);
        addEventCounts(pair.events, eventCounts);
        eventTypes = f1Score(eventCounts.type);
        eventArguments = f1Score(eventCounts.argument);
      }
      const stanceA = stance[i] as ReadonlyMap<string, string>;
      const stanceB = stance[j] as ReadonlyMap<string, string>;
      let stanceAgreement: number | null = null;
      if (stanceA.size > 0 || stanceB.size > 0) {
        pairStanceLabels(stanceA, stanceB, pair.stance);
        stanceAgreement = stanceDocumentAgreement(stanceA, stanceB);
      }
      const entityAgreement = sizes === 0 ? null : (2 * (exact.matchedA - matchedBefore)) / sizes;
      agreementSum += pairAgreement(entityAgreement, eventTypes, eventArguments, stanceAgreement);
    }
  }
  tally.perDocument.push({ id: doc.docId, annotators: names, disagreement: disagreementFromSum(agreementSum, (n * (n - 1)) / 2) });
}

/** Room in every tally indexed by label id for the labels seen so far. */
function growTally(tally: CorpusTally): void {
  const { capacity } = tally;
  const grown = Math.max(2 * capacity, tally.scratch.ids.names.length);
  for (const pair of tally.pairs) pair.confusion = growSquare(pair.confusion, capacity, grown);
  tally.perLabel = growLabelSpanCounts(tally.perLabel, grown);
  tally.charAlphaValues = growValues(tally.charAlphaValues, grown);
  tally.scratch.matcher.reserve(grown);
  tally.capacity = grown;
}

/** A copy of counts with room for more categories. */
function growValues(values: Float64Array, grown: number): Float64Array {
  const copy = new Float64Array(grown);
  copy.set(values);
  return copy;
}

/** A copy of a size × size row-major matrix inside a larger one. */
function growSquare(matrix: Float64Array, size: number, grown: number): Float64Array {
  const copy = new Float64Array(grown * grown);
  for (let row = 0; row < size; row++) copy.set(matrix.subarray(row * size, row * size + size), row * grown);
  return copy;
}
