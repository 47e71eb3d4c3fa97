import type { ImportOptions } from '../../../core/importers/importOptions.ts';
import type { PreviewSegment } from '../../../core/importers/previewSegment.ts';
import { labelStudioFieldNames } from '../../../core/formats/labelStudioJson.ts';
import { csvColumnNames } from '../../../core/importers/csv.ts';
import { jsonlFieldNames } from '../../../core/importers/jsonl.ts';
import type { DocumentKind } from '../../../core/model/document.ts';
import { labelsOf, type FoundLabels } from '../../../core/schema/importedLabels.ts';
import type { ImportProblem } from '../../../core/model/importProblem.ts';
import type { AnnotationImportOptions } from './annotationImportOptions.ts';
import type { ImportUnit } from './importUnits.ts';
import { parseImportUnit, type FoundAnnotations, type ParsedUnit } from './parseImportUnit.ts';

export interface FilePreview {
  file: string;
  format: ParsedUnit['format'];
  documents: number;
  byKind: Partial<Record<DocumentKind, number>>;
  /**
   * Annotations the file holds: how many documents carry them, how many spans, events
   * and stances, and whose they become (the file's annotators, or suggestions).
   */
  annotations: (FoundAnnotations & { annotators: string[] }) | null;
  /** The labels of the annotations the import brings in (as suggestions or as work). */
  labels: FoundLabels;
  presentationForms: number;
  problemCount: number;
  problems: ImportProblem[];
  /** Kept and dropped lines of a news page, for the first files only. */
  segments: PreviewSegment[];
  /** String fields seen in a JSONL file or JSON-array tasks, or a CSV file's columns, to choose the text field from. */
  fields: string[];
  samples: { title: string; text: string; kind: DocumentKind }[];
}

const DETAILED_FILES = 20;
const SAMPLE_DOCS = 3;
const SAMPLE_CHARS = 400;
const PREVIEW_PROBLEMS = 50;

/** What one unit (a file, or a brat pair) will become, computed by the same parser as the import. */
export function previewUnit(
  unit: ImportUnit,
  bytes: Uint8Array,
  partner: Uint8Array | undefined,
  options: ImportOptions,
  annotationOptions: AnnotationImportOptions,
  index: number,
): FilePreview {
  const result = parseImportUnit(unit, bytes, partner, options, annotationOptions, 'preview');
  const byKind: Partial<Record<DocumentKind, number>> = {};
  const annotators = new Set<string>();
  for (const doc of result.documents) {
    byKind[doc.meta.kind] = (byKind[doc.meta.kind] ?? 0) + 1;
    if (doc.annotations) annotators.add(doc.annotations.annotator);
  }
  const found = result.found;
  const detailed = index < DETAILED_FILES;
  return {
    file: unit.partner ? `${unit.main.name} + ${unit.partner.name}` : unit.main.name,
    format: result.format,
    documents: result.documents.length,
    byKind,
    annotations: found && found.documents > 0 ? { ...found, annotators: [...annotators].sort() } : null,
    labels: labelsOf(result.documents.flatMap((doc) => (doc.annotations ? [doc.annotations] : []))),
    presentationForms: result.presentationForms,
    problemCount: result.problems.length,
    problems: result.problems.slice(0, PREVIEW_PROBLEMS),
    segments: detailed ? result.segments : [],
    fields: detailed ? textFieldNames(result.format, unit.main.name, bytes, options) : [],
    samples: detailed
      ? result.documents.slice(0, SAMPLE_DOCS).map((doc) => ({
          title: typeof doc.meta.title === 'string' ? doc.meta.title : '',
          text: doc.text.slice(0, SAMPLE_CHARS),
          kind: doc.meta.kind,
        }))
      : [],
  };
}

/** Where the text (and a stance's target and label) can come from: the string fields of JSONL records or JSON-array tasks, a CSV file's columns (read from its first MiB). */
function textFieldNames(format: FilePreview['format'], file: string, bytes: Uint8Array, options: ImportOptions): string[] {
  if (format !== 'jsonl' && format !== 'csv' && format !== 'labelstudio' && format !== 'stance') return [];
  const head = new TextDecoder().decode(bytes.subarray(0, 1 << 20));
  if (format === 'jsonl' || (format === 'stance' && head.trimStart().startsWith('{'))) return jsonlFieldNames(head);
  if (format === 'labelstudio') return labelStudioFieldNames(head);
  return options.csvDelimiter === 'auto' ? csvColumnNames(head, file) : csvColumnNames(head, file, options.csvDelimiter);
}
