import { importFile } from '../../../core/importers/importFile.ts';
import type { ImportFormat, ImportOptions } from '../../../core/importers/importOptions.ts';
import type { PreviewSegment } from '../../../core/importers/previewSegment.ts';
import type { DocumentKind } from '../../../core/model/document.ts';
import type { ImportProblem } from '../../../core/model/importProblem.ts';
import { jsonlFieldNames } from '../../../core/importers/jsonl.ts';

export interface FilePreview {
  file: string;
  format: ImportFormat;
  documents: number;
  byKind: Partial<Record<DocumentKind, number>>;
  presentationForms: number;
  problemCount: number;
  problems: ImportProblem[];
  /** Kept and dropped lines of a news page, for the first files only. */
  segments: PreviewSegment[];
  /** String fields seen in a JSONL file, to choose the text field from. */
  fields: string[];
  samples: { title: string; text: string; kind: DocumentKind }[];
}

const DETAILED_FILES = 20;
const SAMPLE_DOCS = 3;
const SAMPLE_CHARS = 400;
const PREVIEW_PROBLEMS = 50;

export function previewFile(bytes: Uint8Array, name: string, options: ImportOptions, index: number): FilePreview {
  const result = importFile(bytes, name, options);
  const byKind: Partial<Record<DocumentKind, number>> = {};
  for (const doc of result.documents) byKind[doc.meta.kind] = (byKind[doc.meta.kind] ?? 0) + 1;
  const detailed = index < DETAILED_FILES;
  return {
    file: name,
    format: result.format,
    documents: result.documents.length,
    byKind,
    presentationForms: result.presentationForms,
    problemCount: result.problems.length,
    problems: result.problems.slice(0, PREVIEW_PROBLEMS),
    segments: detailed ? result.segments : [],
    fields: detailed && result.format === 'jsonl' ? jsonlFieldNames(new TextDecoder().decode(bytes.subarray(0, 1 << 20))) : [],
    samples: detailed
      ? result.documents.slice(0, SAMPLE_DOCS).map((doc) => ({
          title: typeof doc.meta.title === 'string' ? doc.meta.title : '',
          text: doc.text.slice(0, SAMPLE_CHARS),
          kind: doc.meta.kind,
        }))
      : [],
  };
}
