import { SCHEMA_PROBLEM_ENGLISH } from '../schema/schemaProblemEnglish.ts';

/**
 * Why a field of a work package or project bundle is refused, one English template
 * per code: the English interface shows these, and the Arabic catalogue words each
 * code its own way. `{name}` is a value from the file (a name, id, label or number),
 * shown as the file has it; the JSON keys the templates name stay as the format has them.
 */
export const EXCHANGE_REASON_ENGLISH = {
  // The header and the file's own fields.
  'not-positive-integer': 'not a positive integer',
  'not-offset-unit': 'must be "{unit}"',
  'not-iso-time': 'not an ISO 8601 time',
  'not-a-name': 'must be a name',
  'reserved-name': '"{name}" is reserved',
  'needs-project-fields': 'needs id and name',
  'not-array': 'not an array',
  'not-object': 'not an object',
  'not-string': 'not a string',
  // Documents and annotation sets.
  'not-sha256': 'not a SHA-256 in lowercase hex',
  'same-document-twice': 'the same document twice',
  'needs-document-fields': 'needs id, hash (SHA-256, lowercase hex), text and meta',
  'needs-kind': 'needs kind "article", "headline" or "text"',
  'id-used-twice': '"{id}" is used twice',
  'needs-set-fields': 'needs document and annotator',
  'no-such-document': 'no document "{document}" in the bundle',
  'second-set': 'a second set of "{annotator}" for the same document',
  'not-status': 'must be "new", "in_progress" or "done"',
  'not-milliseconds': 'must be a time in milliseconds',
  // Annotations.
  'needs-entity-fields': 'needs id, start, end and label',
  'offsets-not-integers': 'start and end must be integers ≥ 0',
  'end-not-after-start': 'end must be after start',
  'ends-after-text': 'ends at {end}, after the end of the text ({length})',
  'not-entity-label': '"{label}" is not an entity label of the schema',
  'needs-event-fields': 'needs id, type, trigger and arguments',
  'not-event-type': '"{type}" is not an event type of the schema',
  'needs-argument-fields': 'needs role and entity',
  'no-such-entity': 'no entity "{entity}" in this set',
  'not-attributes': 'only polarity, tense, genericity and modality, as strings',
  'needs-stance-fields': 'needs id, target, targetEntity and label',
  'not-entity-id-or-null': 'must be an entity id or null',
  'not-stance-label': '"{label}" is not a stance label of the schema',
  'not-decisions': 'must map suggestion keys to "accepted" or "rejected"',
  // The schema's fields.
  'needs-label-fields': 'needs tag, name {en, ar}, color and hotkey',
  'needs-event-type-fields': 'needs type, name {en, ar}, roles and hotkey',
  'needs-role-fields': 'needs role and name {en, ar}',
  // A schema that validateSchema or nameClashes finds unsound: the English of their messages.
  ...SCHEMA_PROBLEM_ENGLISH,
} as const;
