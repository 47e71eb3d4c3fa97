import { InvalidSchemaError } from '../../core/schema/invalidSchemaError.ts';
import { StorageFullError } from '../../storage/storageErrors.ts';
import type { LocaleContextValue } from '../../ui/i18n/LocaleProvider.tsx';

/** What to tell the user when a schema write failed; nothing of it was saved. */
export function schemaErrorText(error: unknown, t: LocaleContextValue['t']): string {
  if (error instanceof StorageFullError) return t('storage.full');
  if (error instanceof InvalidSchemaError) {
    const kinds = [...new Set(error.problems.map((p) => p.kind))];
    return `${t('schema.notSaved')} ${kinds.map((kind) => t(`schema.problem.${kind}`)).join(' ')}`;
  }
  return `${t('schema.notSaved')} ${error instanceof Error ? error.message : String(error)}`;
}
