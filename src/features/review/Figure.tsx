import { useNumberFormatter } from 'react-aria';
import { useT } from '../../ui/i18n/useT.ts';

/** An agreement figure with two decimals, or "—" where there was nothing to compare (the report's null). */
export function Figure({ value }: { value: number | null }) {
  const t = useT();
  const format = useNumberFormatter({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
  if (value === null) {
    return (
      <span className="figure none" title={t('review.noFigure')}>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('review.noFigure')}</span>
      </span>
    );
  }
  return <span className="figure">{format.format(value)}</span>;
}
