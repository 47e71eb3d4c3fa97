import { exchangeFileFormat } from '../../../core/exchange/bundleDocuments.ts';
import { PROJECT_BUNDLE_FORMAT, type ExchangeFormat } from '../../../core/exchange/exchangeHeader.ts';
import { detectAnnotationFormat, type AnnotationFormat } from '../../../core/formats/annotationFormat.ts';
import { readAnnotatedInput, type AnnotatedInput } from '../../../core/formats/readAnnotatedInputs.ts';
import { stanceFields } from '../../../core/formats/stanceClassification.ts';
import { importFile } from '../../../core/importers/importFile.ts';
import type { ImportDetail, ImportFormat, ImportOptions } from '../../../core/importers/importOptions.ts';
import type { PreviewSegment } from '../../../core/importers/previewSegment.ts';
import { SUGGESTION_ANNOTATOR } from '../../../core/model/annotation.ts';
import type { ParsedDocument } from '../../../core/model/document.ts';
import { importProblem, type ImportProblemDetail } from '../../../core/model/importProblem.ts';
import type { ImportProblem } from '../../../core/model/importProblem.ts';
import type { IncomingAnnotations } from '../../../storage/documentStore.ts';
import type { AnnotationImportOptions } from './annotationImportOptions.ts';
import { archiveProblem } from './archiveInputs.ts';
import type { ImportUnit } from './importUnits.ts';

/** A parsed document on its way to storage, with the annotations it brought, if any. */
export type PendingDocument = ParsedDocument & { annotations?: IncomingAnnotations };

const SNIFF_BYTES = 64 * 1024;

/** What the annotated documents of a file hold, whatever is brought in of it. */
export interface FoundAnnotations {
  documents: number;
  spans: number;
  events: number;
  stance: number;
}

export interface ParsedUnit {
  /** An exchange file's format when someone drops a bundle or package here, which the import refuses with a pointer to where it goes. */
  format: ImportFormat | AnnotationFormat | ExchangeFormat | 'zip' | 'tar' | 'gzip';
  documents: PendingDocument[];
  /** For annotation formats: what the file's documents hold; absent for the text formats. */
  found?: FoundAnnotations;
  problems: ImportProblem[];
  segments: PreviewSegment[];
  presentationForms: number;
}

/** The text of valid UTF-8 without NUL (BOM kept, as decodeFile keeps it for importFile); undefined otherwise. */
function decodeValid(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return text.includes('\0') ? undefined : text;
  } catch {
    return undefined;
  }
}

/**
 * Parses one unit: annotation formats (detected by name and content) through their
 * importers, everything else (news pages, plain text, JSONL of texts) through importFile.
 * The import and its preview both use it, so the preview shows what the import will do.
 */
export function parseImportUnit(
  unit: ImportUnit,
  bytes: Uint8Array,
  partner: Uint8Array | undefined,
  options: ImportOptions,
  annotationOptions: AnnotationImportOptions,
  detail: ImportDetail,
): ParsedUnit {
  if (unit.kind !== 'brat') {
    const refused = (format: ParsedUnit['format'], detail: ImportProblemDetail): ParsedUnit => ({
      format,
      documents: [],
      problems: [importProblem(unit.main.name, null, detail)],
      segments: [],
      presentationForms: 0,
    });
    const exchange = exchangeFileFormat(bytes);
    if (exchange !== null) return refused(exchange, { code: exchange === PROJECT_BUNDLE_FORMAT ? 'bundle-opens-as-project' : 'package-imports-in-review', values: {} });
    // The import unpacks archives named .zip, .tar, .tar.gz, .tgz and .gz first (expandArchives): one here did not unpack, or was not named so.
    const archive = archiveProblem(bytes);
    if (archive !== null) return refused(archive.format, archive.detail);
  }
  const main = { name: unit.main.name, bytes };
  const other = unit.partner && partner ? { name: unit.partner.name, bytes: partner } : undefined;
  let input: AnnotatedInput | null = null;
  // A file within the sniff, valid UTF-8 and free of NUL (most files) is decoded once, for
  // both the sniff and importFile, as importFile would decode it; any other keeps its bytes
  // so importFile reports its bad lines or binary content.
  let text: string | undefined;
  if (unit.kind === 'brat' && other) input = { kind: 'brat', txt: other, ann: main };
  else {
    if (bytes.length <= SNIFF_BYTES) text = decodeValid(bytes);
    const detected = detectAnnotationFormat(main.name, text ?? new TextDecoder().decode(bytes.subarray(0, SNIFF_BYTES)), {
      stanceFields: stanceFields(options),
      table: options.format === 'csv',
      ...(options.csvDelimiter === 'auto' ? {} : { csvDelimiter: options.csvDelimiter }),
    });
    if (detected !== null) input = { kind: 'file', file: main, format: detected, labels: other };
  }
  if (!input) return importFile(text ?? bytes, unit.main.name, options, detail);
  const format = input.kind === 'brat' ? 'brat' : input.format;
  const read = readAnnotatedInput(input, {
    annotator: annotationOptions.as === 'annotator' && annotationOptions.annotator ? annotationOptions.annotator : undefined,
    inputOffsetUnit: annotationOptions.offsetUnit,
    sentencesPerDocument: annotationOptions.sentencesPerDocument,
    textField: options.textField,
    targetField: options.targetField,
    labelField: options.labelField,
    ...(options.csvDelimiter === 'auto' ? {} : { csvDelimiter: options.csvDelimiter }),
  });
  const asSuggestions = annotationOptions.as === 'suggestions';
  const found: FoundAnnotations = { documents: 0, spans: 0, events: 0, stance: 0 };
  const documents = read.documents.map((doc): PendingDocument => {
    const hasWork = doc.entities.length + doc.events.length + doc.stance.length > 0 || doc.status !== 'new';
    if (hasWork) {
      found.documents++;
      found.spans += doc.entities.length;
      found.events += doc.events.length;
      found.stance += doc.stance.length;
    }
    const meta = doc.meta.kind ? doc.meta : { ...doc.meta, kind: 'text' as const };
    if (!hasWork || (asSuggestions && doc.entities.length + doc.events.length + doc.stance.length === 0)) return { text: doc.text, meta };
    const annotations: IncomingAnnotations = asSuggestions
      ? // A suggested stance toward an entity is toward its text: the annotator's entities have ids of their own.
        { annotator: SUGGESTION_ANNOTATOR, status: 'new', entities: doc.entities, events: doc.events, stance: doc.stance.map((stance) => ({ ...stance, targetEntity: null })) }
      : // Formats without a status (brat, CoNLL, …) give 'new'; work with annotations in it has begun.
        { annotator: doc.annotator, status: doc.status === 'new' ? 'in_progress' : doc.status, entities: doc.entities, events: doc.events, stance: doc.stance };
    return { text: doc.text, meta, annotations };
  });
  return { format, documents, found, problems: read.problems, segments: [], presentationForms: 0 };
}
