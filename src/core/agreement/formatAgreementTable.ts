import { formatAgreementNote } from './agreementNote.ts';
import type { AgreementReport } from './agreementReport.ts';

export interface TableOptions {
  /** How many of the most disagreed documents to list (default 10). */
  topDocuments?: number;
}

/** A figure with three decimals, or "n/a" for null ("nothing to compare"). */
export function formatFigure(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(3);
}

/** Width in code points, close enough to what a terminal shows for names and labels. */
function width(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((cell, column) => Math.max(width(cell), ...rows.map((row) => width(row[column] ?? ''))));
  // The first column is text (left-aligned), the others figures (right-aligned).
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => {
        const pad = ' '.repeat((widths[column] as number) - width(cell));
        return column === 0 ? cell + pad : pad + cell;
      })
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

const pairName = (pair: { a: string; b: string }) => `${pair.a} – ${pair.b}`;

/** The report as plain text for a terminal: one block per layer, then the most disagreed documents and notes. */
export function formatAgreementTable(report: AgreementReport, options: TableOptions = {}): string {
  const top = options.topDocuments ?? 10;
  const lines: string[] = [];
  const names = report.annotators.length === 0 ? 'none' : report.annotators.join(', ');
  lines.push(
    `Agreement of ${report.annotators.length} annotators (${names}) over ${report.documents} ${
      report.documents === 1 ? 'document' : 'documents'
    } annotated by at least two of them`,
    '',
  );

  const confusionOf = new Map(report.confusion.map((c) => [pairName(c), c.documents]));
  lines.push(
    ...table(
      ['Entities', 'exact_f1', 'overlap_f1', 'char_kappa', 'documents'],
      report.entities.pairs.map((p) => [
        pairName(p),
        formatFigure(p.exact_f1),
        formatFigure(p.overlap_f1),
        formatFigure(p.char_kappa),
        String(confusionOf.get(pairName(p)) ?? 0),
      ]),
    ),
    `char_alpha: ${formatFigure(report.entities.char_alpha)}`,
    '',
  );

  const labels = Object.entries(report.entities.per_label);
  if (labels.length > 0) {
    lines.push(
      ...table(
        ['Per label (all pairs)', 'exact_f1', 'overlap_f1'],
        labels.map(([label, scores]) => [label, formatFigure(scores.exact_f1), formatFigure(scores.overlap_f1)]),
      ),
      '',
    );
  }

  lines.push(
    ...table(
      ['Events', 'trigger_f1', 'type_f1', 'argument_f1'],
      report.events.pairs.map((p) => [
        pairName(p),
        formatFigure(p.trigger_f1),
        formatFigure(p.type_f1),
        formatFigure(p.argument_f1),
      ]),
    ),
    '',
    ...table(['Stance', 'kappa'], report.stance.pairs.map((p) => [pairName(p), formatFigure(p.kappa)])),
    `alpha: ${formatFigure(report.stance.alpha)}`,
  );

  const scored = report.per_document.filter((doc) => doc.disagreement !== null);
  if (scored.length > 0 && top > 0) {
    lines.push(
      '',
      ...table(
        [`Most disagreed documents (${Math.min(top, scored.length)} of ${scored.length})`, 'disagreement'],
        scored.slice(0, top).map((doc) => [doc.id, formatFigure(doc.disagreement)]),
      ),
    );
  }

  if (report.notes.length > 0) lines.push('', 'Notes:', ...report.notes.map((note) => `  ${formatAgreementNote(note)}`));
  return `${lines.join('\n')}\n`;
}
