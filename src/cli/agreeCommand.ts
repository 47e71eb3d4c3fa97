import { basename } from 'node:path';
import { computeAgreement, defaultAnnotators } from '../core/agreement/agreementReport.ts';
import type { AgreementReport } from '../core/agreement/agreementReport.ts';
import { agreementInputFromDocuments } from '../core/agreement/agreementInputFromDocuments.ts';
import type { SourcedDocument } from '../core/agreement/agreementInputFromDocuments.ts';
import { agreementReportJson } from '../core/agreement/agreementReportJson.ts';
import { formatAgreementTable } from '../core/agreement/formatAgreementTable.ts';
import { exchangeFileFormat, readProjectBundle, workPackageProblem } from '../core/exchange/bundleDocuments.ts';
import { PROJECT_BUNDLE_FORMAT } from '../core/exchange/exchangeHeader.ts';
import type { AnnotatedDocument } from '../core/formats/annotatedDocument.ts';
import { parseTawsimJsonl } from '../core/formats/tawsimJsonl.ts';
import { formatProblem, importProblem } from '../core/model/importProblem.ts';
import type { ImportProblem } from '../core/model/importProblem.ts';
import { decodeFile, decodeProblems } from '../core/text/decodeFile.ts';
import { commandHelp } from './help.ts';
import { countOf } from './countOf.ts';
import { errorMessage } from './outputSink.ts';
import { parseCommandArgs } from './parseArgs.ts';
import { inputPath, readInput, readsStdinTwice } from './standardInput.ts';
import { parseStatusOption } from './statusOption.ts';

/** tawsim agree FILE... [--json] [--annotators a,b,c] : see commandHelp.agree. */
export async function agreeCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean', default: false },
      annotators: { type: 'string' },
      status: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (!parsed.ok) return usageError(parsed.error);
  const { values, positionals: files } = parsed.parsed;
  if (values.help) {
    process.stdout.write(commandHelp.agree ?? '');
    return 0;
  }
  if (files.length === 0) return usageError('no input file');
  if (readsStdinTwice(files)) return usageError('standard input (-) can be read only once');
  let chosen: string[] | undefined;
  if (values.annotators !== undefined) {
    chosen = values.annotators.split(',').map((name) => name.trim()).filter((name) => name !== '');
    if (chosen.length < 2) return usageError('--annotators needs at least two names, separated by commas');
  }
  const status = values.status === undefined ? undefined : parseStatusOption(values.status);
  if (status !== undefined && !status.ok) return usageError(status.error);
  // A set whose status is not chosen counts as not annotated: the document is compared among the others.
  const counts = (document: AnnotatedDocument) => status === undefined || status.statuses.includes(document.status);

  let problems = 0;
  const report = (problem: ImportProblem) => {
    problems++;
    process.stderr.write(`${formatProblem(problem)}\n`);
  };
  const sourced: SourcedDocument[] = [];
  for (const file of files) {
    const path = inputPath(file);
    let bytes: Uint8Array;
    try {
      bytes = await readInput(file);
    } catch (error) {
      report(importProblem(path, null, { code: 'unreadable', values: { detail: errorMessage(error) } }));
      continue;
    }
    const exchange = exchangeFileFormat(bytes);
    if (exchange !== null) {
      const result = exchange === PROJECT_BUNDLE_FORMAT ? await readProjectBundle(bytes, path) : { documents: [], problems: [workPackageProblem(path)] };
      result.problems.forEach(report);
      for (const document of result.documents) if (counts(document)) sourced.push({ document, file: path });
      continue;
    }
    // Problems name the file as it was typed.
    const name = basename(path);
    const decoded = decodeFile(bytes, name);
    decodeProblems(decoded, true).forEach((problem) => report({ ...problem, file: path }));
    if (decoded.text === null) continue;
    const result = parseTawsimJsonl(decoded.text, name, { badLines: decoded.badLines });
    result.problems.forEach((problem) => report({ ...problem, file: path }));
    for (const document of result.documents) if (counts(document)) sourced.push({ document, file: path });
  }
  const { input, problems: grouping } = agreementInputFromDocuments(sourced);
  grouping.forEach(report);

  if (chosen !== undefined) {
    const known = new Set(input.documents.flatMap((doc) => [...doc.annotations.keys()]));
    const unknown = chosen.filter((name) => !known.has(name));
    if (unknown.length > 0) {
      const found = [...known].sort().join(', ') || 'none';
      return usageError(`no annotations by ${unknown.map((name) => JSON.stringify(name)).join(', ')} in the files (annotators found: ${found})`);
    }
  }

  let agreement: AgreementReport;
  try {
    agreement = computeAgreement(input, chosen === undefined ? {} : { annotators: chosen });
  } catch (error) {
    process.stderr.write(`tawsim agree: ${errorMessage(error)}\n`);
    return 1;
  }
  process.stdout.write(values.json ? `${agreementReportJson(agreement)}\n` : formatAgreementTable(agreement));

  const annotators = (chosen ?? defaultAnnotators(input)).length;
  process.stderr.write(
    `read ${countOf(sourced.length, 'annotated document')} by ${countOf(annotators, 'annotator')}, compared ${countOf(agreement.documents, 'document')}, problems ${problems} (${countOf(files.length, 'file')})\n`,
  );
  return agreement.documents === 0 ? 1 : 0;
}

function usageError(error: string): number {
  process.stderr.write(`tawsim agree: ${error}\nRun "tawsim agree --help" for the options.\n`);
  return 2;
}
