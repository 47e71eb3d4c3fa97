import type { ItemKind } from '../../core/review/reviewItem.ts';
import { useT } from '../../ui/i18n/useT.ts';

/** Each kind has its own symbol and words, so the mark never relies on colour alone. */
const SYMBOLS: Record<ItemKind, string> = {
  agreed: '✓',
  missing: '∅',
  boundary: '↔',
  label: '≠',
  'event-type': '⚑',
  argument: '⊕',
  stance: '⚖',
  'gold-only': '★',
};

export function ItemKindMark({ kind }: { kind: ItemKind }) {
  const t = useT();
  return (
    <span className={`kind-mark kind-${kind}`} data-kind={kind}>
      <span className="kind-symbol" aria-hidden="true">{SYMBOLS[kind]}</span>
      {t(`review.kind.${kind}`)}
    </span>
  );
}

export const ITEM_KINDS: readonly ItemKind[] = ['agreed', 'missing', 'boundary', 'label', 'event-type', 'argument', 'stance', 'gold-only'];
