import type { AgreementReport } from '../../../core/agreement/agreementReport.ts';

export type AgreementRequest =
  | { type: 'compute'; id: number; dbName: string; projectId: string; annotators: string[] }
  | { type: 'cancel'; id: number };

export type AgreementResponse =
  | { type: 'progress'; id: number; loaded: number; total: number }
  | { type: 'done'; id: number; report: AgreementReport; titles: Record<string, string> }
  | { type: 'failed'; id: number; message: string };

export interface AgreementProgress {
  loaded: number;
  total: number;
}
