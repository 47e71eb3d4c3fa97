import { Button } from 'react-aria-components';
import type { ReviewItem, SpanValue } from '../../core/review/reviewItem.ts';
import type { ProjectSchema } from '../../core/schema/projectSchema.ts';
import { useT } from '../../ui/i18n/useT.ts';
import { AnnotatorNames } from './AnnotatorNames.tsx';
import { GoldRelabelMenu } from './GoldRelabelMenu.tsx';
import { ItemKindMark } from './ItemKindMark.tsx';
import { VariantValue } from './VariantValue.tsx';

/** One item: its kind, each variant with who has it and whether gold does, and the gold actions (a gold span can be relabelled). */
export function ReviewItemRow(props: {
  item: ReviewItem;
  text: string;
  schema: ProjectSchema;
  onAccept(variant: number): void;
  onRemove(): void;
  onRelabel(span: SpanValue, label: string): void;
}) {
  const t = useT();
  const { item } = props;
  const inGold = item.variants.some((v) => v.inGold);
  return (
    <div className="review-item-body">
      <div className="review-item-head">
        <ItemKindMark kind={item.kind} />
        <span className="muted small">{t(`review.layer.${item.layer}`)}</span>
        {inGold ? <span className="in-gold"><span aria-hidden="true">★ </span>{t('review.inGold')}</span> : null}
      </div>
      <ol className="variant-list">
        {item.variants.map((variant, index) => (
          <li key={variant.key} className={`variant${variant.inGold ? ' gold' : ''}`}>
            <VariantValue variant={variant} text={props.text} schema={props.schema} />
            <span className="variant-who small">
              {variant.annotators.length > 0 ? (
                <AnnotatorNames names={variant.annotators} />
              ) : (
                <span className="muted">{t('review.onlyGold')}</span>
              )}
              {variant.inGold ? (
                <span className="gold-star">
                  {' '}
                  <span aria-hidden="true">★</span>
                  <span className="visually-hidden">, {t('review.inGold')}</span>
                </span>
              ) : null}
            </span>
            <span className="variant-actions">
              {variant.annotators.length > 0 ? (
                <Button className="button small" isDisabled={variant.inGold} onPress={() => props.onAccept(index)}>
                  {t('review.accept')}
                  {item.variants.length > 1 ? <kbd>{index + 1}</kbd> : <kbd>A</kbd>}
                </Button>
              ) : null}
              {variant.layer === 'entity' && variant.inGold ? (
                <GoldRelabelMenu span={variant.value} text={props.text} labels={props.schema.entities} onRelabel={(label) => props.onRelabel(variant.value, label)} />
              ) : null}
            </span>
          </li>
        ))}
      </ol>
      {item.lacking.length > 0 ? (
        <p className="lacking small">
          {t('review.lacking')}{' '}
          <AnnotatorNames names={item.lacking} />
        </p>
      ) : null}
      {inGold ? (
        <Button className="button small danger" onPress={props.onRemove}>
          {t('review.remove')} <kbd>R</kbd>
        </Button>
      ) : null}
    </div>
  );
}
