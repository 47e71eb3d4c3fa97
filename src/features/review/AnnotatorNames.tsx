import { useLocale } from '../../ui/i18n/useT.ts';
import { AnnotatorName } from './AnnotatorName.tsx';

/** Names as a list in the interface's language ("Hind and Karim", «Hind وKarim»), each isolated. */
export function AnnotatorNames({ names }: { names: readonly string[] }) {
  const { locale } = useLocale();
  const parts = new Intl.ListFormat(locale, { type: 'conjunction' }).formatToParts(names);
  let element = 0;
  return (
    <>
      {parts.map((part, i) =>
        // Elements come back in the order given, so the k-th element is names[k] (its value may be reformatted).
        part.type === 'element' ? <AnnotatorName key={i} name={names[element++] as string} /> : <span key={i}>{part.value}</span>,
      )}
    </>
  );
}
