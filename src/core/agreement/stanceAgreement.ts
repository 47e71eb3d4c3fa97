import type { StanceAnnotation } from '../model/annotation.ts';
import { cohenKappa } from './cohenKappa.ts';
import type { KappaResult } from './cohenKappa.ts';
import { nominalAlphaFromUnits } from './krippendorffAlpha.ts';
import type { AlphaResult } from './krippendorffAlpha.ts';

/**
 * Stance units are (document, target) pairs. A target is identified by its
 * `target` text (which the model fills with the surface text for an entity
 * target), trimmed and in NFC, so two annotators who picked different mentions
 * of "الحكومة" still label the same unit; `targetEntity` ids are not compared.
 * A target an annotator did not label is a missing value for that annotator,
 * not a category: kappa uses the units both labelled, alpha allows the gaps.
 */
export function stanceTargetKey(target: string): string {
  return target.trim().normalize('NFC');
}

const NO_LABELS: ReadonlyMap<string, string> = new Map();

/** Target key → label for one annotator on one document; if a target is labelled twice, the first label counts. */
export function stanceLabelsByTarget(stance: readonly StanceAnnotation[]): ReadonlyMap<string, string> {
  if (stance.length === 0) return NO_LABELS;
  const labels = new Map<string, string>();
  for (const item of stance) {
    const key = stanceTargetKey(item.target);
    if (!labels.has(key)) labels.set(key, item.label);
  }
  return labels;
}

/** Appends the labels of the targets both annotators labelled, in the same order to both lists. */
export function pairStanceLabels(
  a: ReadonlyMap<string, string>,
  b: ReadonlyMap<string, string>,
  into: { a: string[]; b: string[] },
): void {
  for (const [target, label] of a) {
    const other = b.get(target);
    if (other === undefined) continue;
    into.a.push(label);
    into.b.push(other);
  }
}

/**
 * Alpha units of one document: one per target that anyone labelled, with the
 * label of each annotator who labelled it (annotators in the given order).
 */
export function stanceUnits(perAnnotator: ReadonlyArray<ReadonlyMap<string, string>>): string[][] {
  const targets = new Set<string>();
  for (const labels of perAnnotator) for (const target of labels.keys()) targets.add(target);
  return [...targets].map((target) =>
    perAnnotator.flatMap((labels) => {
      const label = labels.get(target);
      return label === undefined ? [] : [label];
    }),
  );
}

/**
 * Share of the targets labelled by either annotator that both labelled alike, on
 * one document (used for the per-document disagreement score); null when
 * neither labelled a target.
 */
export function stanceDocumentAgreement(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): number | null {
  let union = b.size;
  let same = 0;
  for (const [target, label] of a) {
    const other = b.get(target);
    if (other === undefined) union++;
    else if (other === label) same++;
  }
  return union === 0 ? null : same / union;
}

/** kappa of two annotators over the (document, target) units both labelled. */
export function stanceKappa(
  documents: Iterable<{ a: readonly StanceAnnotation[]; b: readonly StanceAnnotation[] }>,
): KappaResult {
  const paired = { a: [] as string[], b: [] as string[] };
  for (const { a, b } of documents) pairStanceLabels(stanceLabelsByTarget(a), stanceLabelsByTarget(b), paired);
  return cohenKappa(paired.a, paired.b);
}

/**
 * alpha over the (document, target) units of any number of annotators;
 * `annotations[k]` is annotator k's stance on the document, or undefined if
 * that annotator did not annotate it.
 */
export function stanceAlpha(
  documents: Iterable<ReadonlyArray<readonly StanceAnnotation[] | undefined>>,
): AlphaResult {
  const units: string[][] = [];
  for (const annotations of documents) {
    const present = annotations.filter((stance): stance is readonly StanceAnnotation[] => stance !== undefined);
    if (present.length >= 2) units.push(...stanceUnits(present.map(stanceLabelsByTarget)));
  }
  return nominalAlphaFromUnits(units);
}
