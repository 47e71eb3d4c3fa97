import { GOLD_ANNOTATOR } from '../../core/model/annotation.ts';
import { useT } from '../../ui/i18n/useT.ts';

/** A person's name as they typed it (isolated, any script), or the interface's word for gold. */
export function AnnotatorName({ name }: { name: string }) {
  const t = useT();
  return name === GOLD_ANNOTATOR ? <span className="gold-name">{t('review.gold')}</span> : <bdi>{name}</bdi>;
}
