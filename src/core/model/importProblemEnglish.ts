/**
 * Every import problem in English, written once: its `reason` (what the CLI prints) is
 * filled in from here, and the English interface takes these same texts as its
 * `import.problem.*` messages. `{name}` stands for one of the problem's values; a
 * value quoted with JSON.stringify comes quoted. A count that changes the words is
 * `{n}`, with a form for each English plural category.
 */
export const IMPORT_PROBLEM_ENGLISH = {
  // The file as a whole.
  'binary-file': 'binary file, not text (contains NUL bytes)',
  'binary-utf16': 'binary file, not text (contains NUL bytes; it looks like UTF-16, save it as UTF-8)',
  'nul-characters': 'binary file, not text (contains NUL characters)',
  'not-utf8': 'binary file or not UTF-8 text ({percent}% of characters undecodable); save it as UTF-8',
  'empty-file': 'empty file',
  'no-text': 'no text to import',
  'unreadable': 'cannot read: {detail}',
  // Lines of text.
  'invalid-utf8': 'invalid UTF-8',
  'invalid-utf8-replaced': 'invalid UTF-8; undecodable bytes replaced by U+FFFD',
  'no-text-left': 'no text left after import; skipped',
  // JSON records.
  'invalid-json': 'invalid JSON ({detail})',
  'not-json-object': 'not a JSON object ({type})',
  'duplicate-key': 'key {key} appears twice in one object',
  'duplicate-key-last-wins': 'key {key} appears twice in one object; the last value is used',
  'tiny-number': 'the number {number} is too small to keep and would read as 0',
  'tiny-number-kept': 'the number {number} is too small to keep and reads as 0; store it as a string',
  'missing-text-field': 'missing "{field}" field',
  'text-field-not-string': '"{field}" field is not a string ({type})',
  'empty-text-field': '"{field}" field is empty',
  'field-too-deep': 'field "{field}" is nested more than {depth} levels deep; dropped',
  'imprecise-number': 'field "{field}" holds a number too large to keep exactly; store it as a string',
  // A field of an annotation format that is not as the format has it: the detail names JSON fields, and stays English.
  'invalid-record': '{detail}',
  'more-problems': { one: '{n} more problem', other: '{n} more problems' },
  'repeated-document': 'document {document} by annotator {annotator} is already on line {line}',
  // CSV.
  'no-header': 'no header row: the file is empty',
  'missing-column': 'the header has no column "{column}" (its columns: {columns})',
  'duplicate-column': 'column "{column}" appears more than once; this one is named "{name}"',
  'unclosed-quote': 'a quoted field is not closed before the end of the file',
  'text-after-quote': 'characters follow a closing quote',
  'field-count': 'the row has {n} fields and the header {columns}',
  'empty-column': 'column "{column}" is empty',
  // News pages.
  'not-news-page': 'no dateline "نشر في <source> يوم d - m - yyyy": not a news page',
  'invalid-date': 'invalid date in dateline: {date}',
  'no-title': 'no title line before the dateline',
  'no-body': 'article has no body text',
  // Label Studio.
  'not-task': 'not a task object ({type})',
  'task-without-text': 'no "data" and no {field} field (fields: {fields})',
  'empty-task': 'no "data" and no {field} field (the task is empty)',
  'predictions-left-out': { one: '{n} prediction is left out', other: '{n} predictions are left out' },
  'result-type-left-out': '{path}: result type {type} is not imported',
  // CoNLL and Hugging Face tokens.
  'empty-token': 'empty token',
  'no-tag': 'no tag; read as O',
  'not-bio-tag': '{tag} is not a BIO tag (O, B-TYPE or I-TYPE); read as O',
  'not-bio-tag-at': '{path}: {tag} is not a BIO tag; read as O',
  'stray-i-tag': '{tag} does not continue a {type} entity; read as its start, as conlleval does',
  'stray-i-tag-column': '{tag} (column {column}) does not continue a {type} entity; read as its start, as conlleval does',
  'stray-i-tag-at': '{path}: {tag} does not continue a {type} entity; read as its start, as conlleval does',
  'no-label-list': 'integer tags but no label list (give the labels file)',
  'label-list-unreadable': 'cannot read the label list: {detail}',
  'label-list-not-strings': 'the label list is not a JSON array of strings',
  // brat.
  'brat-without-txt': 'a brat .ann file needs its .txt file chosen with it',
  'brat-pair-unreadable': 'cannot read the brat pair {txt} / {ann}: {detail}',
  'directory-not-brat': 'is a directory; only brat collections are directories',
  'no-ann-files': 'holds no brat .ann files',
  'empty-text': 'no text',
  'note-left-out': 'note {id} left out',
  'normalisation-left-out': 'normalisation {id} left out',
  'equivalence-left-out': 'equivalence {id} left out',
  'discontinuous-span': '{id} is a discontinuous span; left out',
  'argument-left-out': '{event} refers to {target}, which is not an entity Tawsim holds; {event} left out',
  'trigger-left-out': 'the trigger of {event} is left out; {event} left out',
  'attribute-left-out': 'attribute {attribute} of {target} left out (Tawsim keeps {kept} of events)',
  // The same document more than once.
  'repeated-annotations': 'the same text as {earlier}, with other annotations; the first annotations are kept',
  'other-text': 'document {document} by annotator {annotator} has another text than the one kept from {earlier}; skipped',
  'other-annotations': 'the same text by annotator {annotator} as {earlier}, with other annotations; the first is kept, this one skipped',
  'id-other-text': 'document {document} has another text than an earlier document with that id: compared as {comparedAs}',
  'counted-once': 'document {document} by annotator {annotator} is also in {earlier}: the first one counts',
} as const;

/** What a problem made the import leave out, said after the problem. */
export const SKIPPED_ENGLISH = {
  line: 'line skipped',
  row: 'row skipped',
  task: 'task skipped',
  annotation: 'annotation skipped',
  document: 'document skipped',
} as const;

export const PROBLEM_AND_SKIPPED_ENGLISH = '{problem}; {skipped}';
