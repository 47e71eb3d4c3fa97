import { Input, Label, Text, TextField } from 'react-aria-components';
import type { LocalName } from '../../core/schema/projectSchema.ts';
import { useT } from '../../ui/i18n/useT.ts';

/** The Arabic and English names of a label or event type, each with its problem in words, if any. */
export function LocalNameFields(props: {
  name: LocalName;
  onChange(name: LocalName): void;
  problems: { ar: string | null; en: string | null };
}) {
  const t = useT();
  return (
    <>
      <TextField className="field" value={props.name.ar} onChange={(ar) => props.onChange({ ...props.name, ar })} isInvalid={!!props.problems.ar}>
        <Label>{t('schema.field.nameAr')}</Label>
        <Input dir="rtl" lang="ar" />
        {props.problems.ar ? <Text slot="errorMessage">{props.problems.ar}</Text> : null}
      </TextField>
      <TextField className="field" value={props.name.en} onChange={(en) => props.onChange({ ...props.name, en })} isInvalid={!!props.problems.en}>
        <Label>{t('schema.field.nameEn')}</Label>
        <Input dir="ltr" lang="en" />
        {props.problems.en ? <Text slot="errorMessage">{props.problems.en}</Text> : null}
      </TextField>
    </>
  );
}
