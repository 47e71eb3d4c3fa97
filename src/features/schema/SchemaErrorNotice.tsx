import { useT } from '../../ui/i18n/useT.ts';
import { schemaErrorText } from './schemaErrorText.ts';

/** The alert shown under a schema form when its write failed (nothing of it was saved); nothing when there is no error. */
export function SchemaErrorNotice({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  return (
    <p className="notice error" role="alert">
      {schemaErrorText(error, t)}
    </p>
  );
}
