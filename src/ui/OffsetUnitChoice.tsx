import type { OffsetUnit } from '../core/formats/offsetUnit.ts';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import { useT } from './i18n/useT.ts';

/** Code points (what Python slices) or UTF-16 code units (what JavaScript slices), for files read or written. */
export function OffsetUnitChoice(props: { label: string; value: OffsetUnit; onChange(unit: OffsetUnit): void }) {
  const t = useT();
  return (
    <ChoiceGroup
      label={props.label}
      value={props.value}
      onChange={props.onChange}
      choices={[
        { value: 'codepoint', label: t('import.offsetUnit.codepoint') },
        { value: 'utf16', label: t('import.offsetUnit.utf16') },
      ]}
    />
  );
}
