import type { OffsetUnit } from '../../core/formats/offsetUnit.ts';

export type ExportFormat = 'jsonl' | 'doccano' | 'doccano-relations' | 'labelstudio' | 'conll' | 'hf' | 'brat' | 'stance';
export type ExportLayer = 'entities' | 'events' | 'stance';

export const ALL_LAYERS: readonly ExportLayer[] = ['entities', 'events', 'stance'];

export interface ExportOptions {
  format: ExportFormat;
  /** Annotators whose sets are exported, gold and suggestions included if chosen. */
  annotators: string[];
  /** Export documents nobody chose has annotated too, as lines of annotator "imported" with nothing in them (Tawsim JSONL only). */
  includeUnannotated: boolean;
  documents: 'all' | 'done' | 'search';
  search: string;
  layers: ExportLayer[];
  offsetUnit: OffsetUnit;
}

export const defaultExportOptions: Readonly<ExportOptions> = {
  format: 'jsonl',
  annotators: [],
  includeUnannotated: false,
  documents: 'all',
  search: '',
  layers: ['entities', 'events', 'stance'],
  offsetUnit: 'codepoint',
};

/** Formats that store offsets and so take the offset unit choice. */
export const OFFSET_FORMATS: readonly ExportFormat[] = ['jsonl', 'doccano', 'doccano-relations', 'labelstudio'];

/** The layers a format can hold; the others are left out before export rather than reported as lost line by line. */
export const FORMAT_LAYERS: Readonly<Record<ExportFormat, readonly ExportLayer[]>> = {
  jsonl: ['entities', 'events', 'stance'],
  doccano: ['entities'],
  'doccano-relations': ['entities', 'events'],
  labelstudio: ['entities'],
  conll: ['entities'],
  hf: ['entities'],
  brat: ['entities', 'events'],
  stance: ['stance'],
};

export function exportFileName(projectName: string, format: ExportFormat): string {
  const base = projectName.trim().replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60) || 'tawsim';
  const extension = { jsonl: '.jsonl', doccano: '.doccano.jsonl', 'doccano-relations': '.doccano.jsonl', labelstudio: '.labelstudio.json', conll: '.conll', hf: '.hf.zip', brat: '.brat.zip', stance: '.stance.jsonl' }[format];
  return `${base}${extension}`;
}
