import type { ImportOptions } from '../../../core/importers/importOptions.ts';
import type { FilePreview } from './filePreview.ts';
import type { AnnotationImportOptions } from './annotationImportOptions.ts';
import type { ImportProgress, ImportSummary } from './importSummary.ts';

export type ImportRequest =
  | { type: 'preview'; id: number; files: File[]; options: ImportOptions; annotations: AnnotationImportOptions }
  | { type: 'import'; id: number; dbName: string; projectId: string; files: File[]; options: ImportOptions; annotations: AnnotationImportOptions }
  | { type: 'cancel'; id: number };

export type ImportResponse =
  | { type: 'preview'; id: number; previews: FilePreview[] }
  | { type: 'progress'; id: number; progress: ImportProgress }
  | { type: 'done'; id: number; summary: ImportSummary }
  | { type: 'failed'; id: number; message: string };
