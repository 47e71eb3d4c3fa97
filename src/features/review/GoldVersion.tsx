import { forwardRef, useImperativeHandle, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { AgreementLayers } from '../../core/agreement/agreementInput.ts';
import { tokenizeWords, wordAt } from '../../core/annotate/arabicWords.ts';
import { arrowKeyToLogical, caretRange, moveCaret, spanAtCaret, type CaretSelection } from '../../core/annotate/caretMovement.ts';
import { resizeByWord, type SpanEdge } from '../../core/annotate/resizeByWord.ts';
import { snapWithProcliticSplit, trimSelection } from '../../core/annotate/selectionSnap.ts';
import { spansToFit } from '../../core/annotate/spansToFit.ts';
import { startChoices } from '../../core/annotate/startChoices.ts';
import type { TextBlock } from '../../core/annotate/textBlocks.ts';
import type { TextRange } from '../../core/annotate/textRange.ts';
import { GOLD_ANNOTATOR, type EntitySpan } from '../../core/model/annotation.ts';
import type { SpanValue } from '../../core/review/reviewItem.ts';
import type { EntityLabel } from '../../core/schema/projectSchema.ts';
import type { DocumentViewHandle, ViewLabel } from '../../ui/documentView/DocumentView.tsx';
import { useLocale, useT } from '../../ui/i18n/useT.ts';
import { LabelMenu } from '../../ui/labelMenu/LabelMenu.tsx';
import { VersionView } from './VersionView.tsx';
import { directionAt } from '../../core/annotate/directionAt.ts';

/**
 * The gold version, editable as in the annotation screen: arrow keys move word by
 * word (Shift extends), a label's key tags, Delete removes the span under the caret,
 * Ctrl+Shift+arrows and Alt+Shift+arrows move its start and its end. A mouse selection
 * opens the label menu, as in the annotation screen: a label, a start after a
 * proclitic, or a gold span to fit to the selection. Other keys go on to the review's.
 */
export const GoldVersion = forwardRef<
  DocumentViewHandle,
  {
    layers: AgreementLayers;
    text: string;
    blocks: readonly TextBlock[];
    labels: ReadonlyMap<string, ViewLabel>;
    entityLabels: readonly EntityLabel[];
    current: TextRange | null;
    onClickOffset(offset: number): void;
    onAdd(span: SpanValue): void;
    onRemove(span: SpanValue): void;
    /** `bounds` gives the span's new range from the span as stored (null: it stays). */
    onResize(id: string, bounds: (span: EntitySpan) => TextRange | null): void;
  }
>(function GoldVersion(props, ref) {
  const t = useT();
  const { locale } = useLocale();
  const view = useRef<DocumentViewHandle>(null);
  // The screen reveals the current item through this handle; the caret's moves reveal through the same view.
  useImperativeHandle(
    ref,
    () => ({
      rectOf: (start, end) => view.current?.rectOf(start, end) ?? null,
      prepareTag: (offset) => view.current?.prepareTag(offset),
      reveal: (offset) => view.current?.reveal(offset),
      focus: () => view.current?.focus(),
    }),
    [],
  );
  const tokens = useMemo(() => tokenizeWords(props.text), [props.text]);
  const firstWord = tokens.find((token) => token.kind !== 'punct')?.start ?? 0;
  const [caret, setCaret] = useState<CaretSelection>({ anchor: firstWord, focus: firstWord });
  const [pending, setPending] = useState<TextRange | null>(null);
  const [active, setActive] = useState(false);
  const [menu, setMenu] = useState<{ range: TextRange; anchor: DOMRect } | null>(null);
  // The span being resized stays the one under the caret, and is shown as the caret, until the caret moves.
  const [resizingId, setResizingId] = useState<string | null>(null);
  const resizing = resizingId === null ? undefined : props.layers.entities.find((span) => span.id === resizingId);
  const caretWords = resizing ? { start: resizing.start, end: resizing.end } : caretRange(tokens, caret);
  const target = pending ?? caretWords;
  const underCaret = resizing ?? spanAtCaret(props.layers.entities, caret.focus);
  const moveCaretTo = (next: CaretSelection) => {
    setResizingId(null);
    setCaret(next);
    view.current?.reveal(next.focus);
  };

  const resize = (edge: SpanEdge, key: 'ArrowLeft' | 'ArrowRight') => {
    if (!underCaret) return;
    const direction = arrowKeyToLogical(key, directionAt(props.text, props.blocks, caret.focus));
    const next = resizeByWord(tokens, underCaret, edge, direction);
    if (!next) return;
    props.onResize(underCaret.id, (span) => resizeByWord(tokens, span, edge, direction));
    setResizingId(underCaret.id);
    setCaret({ anchor: next.start, focus: next.start });
    view.current?.reveal(edge === 'start' ? next.start : next.end);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    setActive(true);
    const arrow = event.code === 'ArrowLeft' || event.code === 'ArrowRight' ? event.code : null;
    if (arrow && event.shiftKey && !event.metaKey && event.ctrlKey !== event.altKey) {
      setPending(null);
      resize(event.ctrlKey ? 'start' : 'end', arrow);
      event.preventDefault();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    switch (event.code) {
      case 'ArrowLeft':
      case 'ArrowRight':
        setPending(null);
        moveCaretTo(moveCaret(tokens, caret, arrowKeyToLogical(event.code, directionAt(props.text, props.blocks, caret.focus)), event.shiftKey));
        break;
      case 'Home':
      case 'End': {
        const words = tokens.filter((token) => token.kind !== 'punct');
        const edge = (event.code === 'Home' ? words[0] : words[words.length - 1])?.start ?? 0;
        setPending(null);
        moveCaretTo({ anchor: event.shiftKey ? caret.anchor : edge, focus: edge });
        break;
      }
      case 'Delete':
      case 'Backspace':
        if (!underCaret) return;
        props.onRemove({ start: underCaret.start, end: underCaret.end, label: underCaret.label });
        break;
      case 'Escape':
        setPending(null);
        moveCaretTo({ anchor: caret.focus, focus: caret.focus });
        break;
      default: {
        const label = event.shiftKey ? undefined : props.entityLabels.find((l) => l.hotkey === event.code);
        if (!label || !target) return;
        props.onAdd({ start: target.start, end: target.end, label: label.tag });
        setPending(null);
      }
    }
    event.preventDefault();
  };

  const onSelectText = ({ anchor, focus, precise }: { anchor: number; focus: number; precise: boolean }) => {
    const range = precise ? trimSelection(props.text, anchor, focus) : snapWithProcliticSplit(tokens, anchor, focus);
    if (!range) return;
    const word = wordAt(tokens, range.start);
    moveCaretTo({ anchor: word?.start ?? range.start, focus: word?.start ?? range.start });
    setPending(range);
    setActive(true);
    const anchorRect = view.current?.rectOf(range.start, range.end);
    if (anchorRect) setMenu({ range, anchor: anchorRect });
  };

  const closeMenu = () => {
    setMenu(null);
    setPending(null);
    view.current?.focus();
  };

  const onClickOffset = (offset: number) => {
    const word = wordAt(tokens, offset);
    setResizingId(null);
    if (word) setCaret({ anchor: word.start, focus: word.start });
    setPending(null);
    props.onClickOffset(offset);
  };

  const said = underCaret
    ? `${props.text.slice(underCaret.start, underCaret.end)}: ${underCaret.label} ${props.entityLabels.find((l) => l.tag === underCaret.label)?.name[locale] ?? ''}`
    : target
      ? props.text.slice(target.start, target.end)
      : '';
  return (
    <>
      <p id="gold-keys" className="muted small gold-keys">{t('review.goldKeys')}</p>
      <VersionView
        ref={view}
        annotator={GOLD_ANNOTATOR}
        layers={props.layers}
        text={props.text}
        blocks={props.blocks}
        labels={props.labels}
        current={props.current}
        disputed={[]}
        isGold
        caret={active ? caretWords : null}
        pending={pending}
        describedBy="gold-keys"
        onClickOffset={onClickOffset}
        onSelectText={onSelectText}
        onKeyDown={onKeyDown}
      />
      <p className="visually-hidden" aria-live="polite" data-testid="gold-caret">{active ? said : ''}</p>
      {menu ? (
        <LabelMenu
          anchor={menu.anchor}
          labels={props.entityLabels}
          preview={props.text.slice(menu.range.start, menu.range.end)}
          starts={startChoices(props.text, tokens, menu.range)}
          start={menu.range.start}
          onStart={(offset) => {
            const range = { start: offset, end: menu.range.end };
            setMenu({ ...menu, range });
            setPending(range);
          }}
          onLabel={(tag) => {
            props.onAdd({ start: menu.range.start, end: menu.range.end, label: tag });
            closeMenu();
          }}
          fits={spansToFit(props.layers.entities, menu.range).map((span) => ({ id: span.id, label: span.label, text: props.text.slice(span.start, span.end) }))}
          onFit={(id) => {
            const { range } = menu;
            props.onResize(id, () => range);
            closeMenu();
            setResizingId(id);
          }}
          onClose={closeMenu}
        />
      ) : null}
    </>
  );
});
