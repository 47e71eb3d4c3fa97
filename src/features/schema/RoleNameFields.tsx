import { Input, Label, TextField } from 'react-aria-components';
import type { LocalName } from '../../core/schema/projectSchema.ts';
import { useT } from '../../ui/i18n/useT.ts';

/**
 * An Arabic and an English name field for each role id, grouped under the id. Both are
 * optional; the id shows as a placeholder because it is what an unnamed role is called.
 */
export function RoleNameFields(props: { roles: readonly string[]; names: Readonly<Record<string, LocalName>>; onChange(role: string, names: LocalName): void }) {
  const t = useT();
  return (
    <div className="role-names">
      {props.roles.map((role) => {
        const names = props.names[role] ?? { ar: '', en: '' };
        return (
          <fieldset key={role} className="role-name">
            <legend>
              <code dir="ltr">{role}</code>
            </legend>
            <TextField className="field" value={names.ar} onChange={(ar) => props.onChange(role, { ...names, ar })}>
              <Label>{t('schema.field.nameAr')}</Label>
              <Input dir="rtl" lang="ar" placeholder={role} />
            </TextField>
            <TextField className="field" value={names.en} onChange={(en) => props.onChange(role, { ...names, en })}>
              <Label>{t('schema.field.nameEn')}</Label>
              <Input dir="ltr" lang="en" placeholder={role} />
            </TextField>
          </fieldset>
        );
      })}
    </div>
  );
}
