import type { AgreementLayers } from './agreementInput.ts';
import { compareEventItems, eventItems } from './eventAgreement.ts';
import { f1Score } from './f1Score.ts';
import { countSpanMatches } from './spanAgreement.ts';
import { stanceDocumentAgreement, stanceLabelsByTarget } from './stanceAgreement.ts';

/**
 * How far two annotators agree on one document, layer by layer; null where
 * neither has anything in that layer.
 */
export interface PairLayerAgreement {
  /** exact_f1 of the entities. */
  entities: number | null;
  /** type_f1 of the events. */
  eventTypes: number | null;
  /** argument_f1 of the events. */
  eventArguments: number | null;
  /** Share of the targets either labelled that both labelled alike. */
  stance: number | null;
}

/**
 * The per-document disagreement score in [0, 1], for sorting the worst first:
 * 1 − the mean, over the pairs of annotators of the document, of each pair's
 * agreement; a pair's agreement is the mean of its non-null layer figures
 * (PairLayerAgreement), and 1 when both left every layer empty (they agree on
 * "nothing here"). Exact matching is used on purpose: a boundary or label
 * difference is something a reviewer has to settle. Null when fewer than two
 * annotators annotated the document.
 */
export function disagreementFromPairs(pairs: readonly PairLayerAgreement[]): number | null {
  let sum = 0;
  for (const pair of pairs) sum += pairAgreement(pair.entities, pair.eventTypes, pair.eventArguments, pair.stance);
  return disagreementFromSum(sum, pairs.length);
}

/**
 * disagreementFromPairs from the sum of the pairs' pairAgreement (added in pair
 * order) and their number: for a caller that tallies pairs without making objects.
 */
export function disagreementFromSum(sum: number, pairs: number): number | null {
  if (pairs === 0) return null;
  // Clamped against rounding so the score stays in [0, 1].
  return Math.min(1, Math.max(0, 1 - sum / pairs));
}

/** The mean of a pair's non-null layer figures (PairLayerAgreement's fields); 1 when all are null. */
export function pairAgreement(entities: number | null, eventTypes: number | null, eventArguments: number | null, stance: number | null): number {
  let total = 0;
  let count = 0;
  // Four named checks rather than an array of the figures: this runs for every pair of every document.
  if (entities !== null) {
    total += entities;
    count++;
  }
  if (eventTypes !== null) {
    total += eventTypes;
    count++;
  }
  if (eventArguments !== null) {
    total += eventArguments;
    count++;
  }
  if (stance !== null) {
    total += stance;
    count++;
  }
  return count === 0 ? 1 : total / count;
}

/** The layer figures of two annotators' work on one document. */
export function pairLayerAgreement(a: AgreementLayers, b: AgreementLayers): PairLayerAgreement {
  const spans = countSpanMatches(a.entities, b.entities);
  const events = compareEventItems(eventItems(a), eventItems(b));
  return {
    entities: f1Score(spans.exact),
    eventTypes: f1Score(events.type),
    eventArguments: f1Score(events.argument),
    stance: stanceDocumentAgreement(stanceLabelsByTarget(a.stance), stanceLabelsByTarget(b.stance)),
  };
}

/** The disagreement score of one document from every annotator's work on it (see disagreementFromPairs). */
export function documentDisagreement(annotations: readonly AgreementLayers[]): number | null {
  const pairs: PairLayerAgreement[] = [];
  for (let i = 0; i < annotations.length; i++) {
    for (let j = i + 1; j < annotations.length; j++) {
      pairs.push(pairLayerAgreement(annotations[i] as AgreementLayers, annotations[j] as AgreementLayers));
    }
  }
  return disagreementFromPairs(pairs);
}
