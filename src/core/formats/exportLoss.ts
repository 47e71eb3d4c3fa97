/**
 * Something a format could not hold, reported by an exporter instead of being
 * dropped in silence (e.g. stance in doccano, nested spans in Hugging Face tags).
 */
export interface ExportLoss {
  document: string;
  annotator: string;
  reason: string;
}

/** Where exporters that can lose data report it; called once per document and kind of loss. */
export type OnExportLoss = (loss: ExportLoss) => void;

export function formatExportLoss(loss: ExportLoss): string {
  return `document ${loss.document} (${loss.annotator}): ${loss.reason}`;
}
