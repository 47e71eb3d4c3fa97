import fc from 'fast-check';
import type { EntitySpan, EventAnnotation, StanceAnnotation } from '../model/annotation.ts';
import type { AnnotatedDocument } from './annotatedDocument.ts';
import { stanceTargetKey } from '../stance/stanceEdits.ts';

/*
 * fast-check generators of annotated documents for the format tests: texts that
 * mix Arabic, tashkeel, Latin, digits, emoji and other astral characters, ZWJ and
 * bidi controls (no CR: imported texts never hold one), and spans that start and
 * end on code point boundaries, as the app makes them.
 */

// A hundred random documents per property, each exported and read back: generous for a loaded machine.
export const PROPERTY_TIMEOUT = 60_000;

const PIECES = [
  'ا', 'ل', 'م', 'غ', 'ر', 'ب', 'ة', 'ي', 'و', 'أ', 'مصر', 'الرباط',
  '\u064E', '\u0650', '\u0651', '\u0652', '\u064B', '\u0640', // tashkeel, tatweel
  'U', 'M', 'T', 'é', '0', '7', '٣', '٫',
  ' ', ' ', ' ', '\u00A0', '\n', '،', '؟', '«', '»', '.', '(', ':', '"', '\\', '\t',
  '😀', '👍🏽', '🇲🇦', '👨‍👩‍👧', '𝕏', '𠀀',
  '\u200D', '\u200C', '\u200E', '\u200F', '\u061C', '\u202B', '\u202C', '\u2067', '\u2069',
];

const LABELS = ['GPE', 'PER', 'ORG'];
const EVENT_TYPES = ['Justice:Arrest-Jail', 'Conflict:Attack'];
const ROLES = ['Place', 'Agent'];
const STANCE_LABELS = ['against', 'favor'];

export const arbitraryText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('مصر', 'UMT', '😀'), fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }))
  .map(([first, rest]) => first + rest.join(''));

/** UTF-16 offsets of every code point boundary of the text. */
export function boundaries(text: string): number[] {
  const offsets = [0];
  for (const char of text) offsets.push((offsets[offsets.length - 1] as number) + char.length);
  return offsets;
}

/** Two indices i < j of a list of n boundaries. */
function spanIndices(n: number): fc.Arbitrary<[number, number]> {
  return fc
    .tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 }))
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => (a < b ? [a, b] : [b, a]));
}

export interface DocumentShape {
  events: boolean;
  stance: boolean;
}

export function arbitraryDocument(shape: DocumentShape = { events: true, stance: true }): fc.Arbitrary<AnnotatedDocument> {
  return arbitraryText.chain((text) => {
    const offsets = boundaries(text);
    const span = spanIndices(offsets.length).map(([a, b]) => ({ start: offsets[a] as number, end: offsets[b] as number }));
    const entities = fc.array(fc.tuple(span, fc.constantFrom(...LABELS)), { maxLength: 6 }).map((items) =>
      items.map(([range, label], i): EntitySpan => ({ id: `e${i + 1}`, ...range, label })),
    );
    return entities.chain((ents) => {
      const ids = ents.map((entity) => entity.id);
      const argument = ids.length === 0 ? fc.constant(null) : fc.constantFrom(...ids);
      const event: fc.Arbitrary<Omit<EventAnnotation, 'id'>> = fc.oneof(
        fc.record({
          type: fc.constantFrom(...EVENT_TYPES),
          trigger: span,
          arguments: fc.array(fc.tuple(fc.constantFrom(...ROLES), argument), { maxLength: 3 }).map((args) =>
            args.flatMap(([role, entity]) => (entity === null ? [] : [{ role, entity }])),
          ),
        }),
        fc.tuple(fc.constantFrom('Located-In', 'Part:Whole'), argument, argument).map(([type, from, to]) => ({
          type,
          trigger: null,
          arguments: from === null || to === null ? [] : [{ role: 'from', entity: from }, { role: 'to', entity: to }],
        })),
      );
      const stance: fc.Arbitrary<Omit<StanceAnnotation, 'id'>> = fc.record({
        target: fc.constantFrom('وزارة الخارجية', 'UMT 😀'),
        targetEntity: fc.option(argument, { nil: null }).map((id) => id ?? null),
        label: fc.constantFrom(...STANCE_LABELS),
      });
      return fc.record({
        id: fc.stringMatching(/^[0-9a-f]{16}$/),
        text: fc.constant(text),
        meta: fc.constantFrom({ kind: 'text' as const }, { kind: 'article' as const, title: 'عنوان 😀', source: 'الاتحاد' }),
        annotator: fc.constantFrom('sara', 'gold', 'محمد'),
        status: fc.constantFrom('new' as const, 'in_progress' as const, 'done' as const),
        entities: fc.constant(ents),
        events: shape.events ? fc.array(event, { maxLength: 3 }).map((items) => items.map((item, i) => ({ id: `v${i + 1}`, ...item }))) : fc.constant([]),
        // One stance per target, as the app keeps them.
        stance: shape.stance ? fc.uniqueArray(stance, { maxLength: 2, selector: stanceTargetKey }).map((items) => items.map((item, i) => ({ id: `s${i + 1}`, ...item }))) : fc.constant([]),
      });
    });
  });
}

/** Several documents with distinct (id, annotator) pairs, as an export holds them. */
export function arbitraryDocuments(shape?: DocumentShape): fc.Arbitrary<AnnotatedDocument[]> {
  return fc.uniqueArray(arbitraryDocument(shape), { maxLength: 4, selector: (doc) => `${doc.id}\u0000${doc.annotator}` });
}
