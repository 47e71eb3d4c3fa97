import { forwardRef } from 'react';
import { GridList, GridListItem } from 'react-aria-components';
import type { ReviewItem, SpanValue } from '../../core/review/reviewItem.ts';
import type { ProjectSchema } from '../../core/schema/projectSchema.ts';
import { useT } from '../../ui/i18n/useT.ts';
import { ReviewItemRow } from './ReviewItemRow.tsx';

/**
 * The items as a grid list: arrow keys move from item to item (and into an item's
 * buttons); the selected item is the one A, R and the digits act on.
 */
export const ReviewItemList = forwardRef<
  HTMLDivElement,
  {
    items: readonly ReviewItem[];
    text: string;
    schema: ProjectSchema;
    currentId: string | null;
    onCurrent(id: string): void;
    onAccept(item: ReviewItem, variant: number): void;
    onRemove(item: ReviewItem): void;
    onRelabel(span: SpanValue, label: string): void;
  }
>(function ReviewItemList(props, ref) {
  const t = useT();
  return (
    <GridList
      ref={ref}
      aria-label={t('review.items')}
      aria-describedby="review-keys"
      className="review-items"
      data-testid="review-items"
      items={props.items}
      selectionMode="single"
      selectionBehavior="replace"
      disallowEmptySelection
      disallowTypeAhead
      selectedKeys={props.currentId ? [props.currentId] : []}
      onSelectionChange={(keys) => {
        if (keys === 'all') return;
        const [key] = keys;
        if (key !== undefined) props.onCurrent(String(key));
      }}
      renderEmptyState={() => <p className="muted">{t('review.noItems')}</p>}
    >
      {(item) => (
        <GridListItem id={item.id} textValue={`${t(`review.kind.${item.kind}`)}: ${itemText(item, props.text)}`} className={`review-item kind-${item.kind}`}>
          <ReviewItemRow
            item={item}
            text={props.text}
            schema={props.schema}
            onAccept={(variant) => props.onAccept(item, variant)}
            onRemove={() => props.onRemove(item)}
            onRelabel={props.onRelabel}
          />
        </GridListItem>
      )}
    </GridList>
  );
});

function itemText(item: ReviewItem, text: string): string {
  const first = item.variants[0];
  if (!first) return '';
  if (first.layer === 'stance') return first.value.target;
  return item.range ? text.slice(item.range.start, item.range.end) : first.layer === 'event' ? first.value.type : '';
}
