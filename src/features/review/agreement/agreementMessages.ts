import type { AgreementReport } from '../../../core/agreement/agreementReport.ts';

export type AgreementRequest =
  | { type: 'compute'; id: number; dbName: string; projectId: string; annotators: string[] }
  | { type: 'cancel'; id: number };

export type AgreementResponse =
  | { type: 'progress'; id: number; loaded: number; total: number }
  /** titles and exportIds (the id exports write) of the documents the report covers, by app id. */
  | { type: 'done'; id: number; report: AgreementReport; titles: Record<string, string>; exportIds: Record<string, string> }
  | { type: 'failed'; id: number; message: string };

export interface AgreementProgress {
  loaded: number;
  total: number;
}
