import { DOCUMENT_STATUSES } from '../core/model/annotation.ts';
import type { DocumentStatus } from '../core/model/annotation.ts';

/** --status S,...: the statuses named, or the usage error that names the ones there are. */
export function parseStatusOption(value: string): { ok: true; statuses: DocumentStatus[] } | { ok: false; error: string } {
  const names = value.split(',').map((name) => name.trim());
  const unknown = names.find((name) => !(DOCUMENT_STATUSES as readonly string[]).includes(name));
  if (unknown !== undefined) return { ok: false, error: `--status takes ${DOCUMENT_STATUSES.join(', ')}, separated by commas, not ${JSON.stringify(unknown)}` };
  return { ok: true, statuses: names as DocumentStatus[] };
}
