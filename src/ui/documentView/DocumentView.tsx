import { forwardRef, memo, useCallback, useEffect, useId, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useVirtualizer, type Range } from '@tanstack/react-virtual';
import type { EntitySpan } from '../../core/model/annotation.ts';
import type { TextBlock } from '../../core/annotate/textBlocks.ts';
import { blockIndexAt } from '../../core/annotate/textBlocks.ts';
import type { TextRange } from '../../core/annotate/textRange.ts';
import { spanDepths } from '../../core/annotate/spanDepths.ts';
import { clearHighlights, highlightsSupported, paintHighlights, type PaintedHighlights, type RenderedBlock } from './highlightPainter.ts';
import { highlightStyleSheet, type PaintLabel } from './highlightStyles.ts';
import { applyLabelChips, chipLayerResized, planLabelChips, prepareChipSpot, spansByBlock, type ChipLabel } from './labelChips.ts';
import { domPointToOffset, offsetAtPoint } from './domOffsets.ts';
import { pixelOverscan } from './pixelOverscan.ts';
import './documentView.css';
import { textDirection } from '../../core/text/textDirection.ts';

export interface ViewLabel extends PaintLabel, ChipLabel {}

export interface DocumentViewHandle {
  /** Screen rectangle of a text range, if it is rendered. */
  rectOf(start: number, end: number): DOMRect | null;
  /**
   * Measures where the tag of a span about to start at `offset` goes: call it before the
   * edit, while the layout is the last frame's, so drawing the tag after it reads none.
   */
  prepareTag(offset: number): void;
  /** Scrolls so the offset is on screen. */
  reveal(offset: number): void;
  focus(options?: FocusOptions): void;
}

export interface DocumentViewProps {
  text: string;
  blocks: readonly TextBlock[];
  spans: readonly EntitySpan[];
  labels: ReadonlyMap<string, ViewLabel>;
  caret: TextRange | null;
  pending: TextRange | null;
  focus: TextRange | null;
  triggers: readonly TextRange[];
  /** Pre-annotations still to accept or reject. */
  suggestions: readonly TextRange[];
  emphasis: readonly TextRange[];
  /** Matches of find in the document, in text order. */
  found?: readonly TextRange[];
  label: string;
  describedBy?: string;
  onSelectText(selection: { anchor: number; focus: number; precise: boolean }): void;
  onClickOffset(offset: number): void;
  onKeyDown(event: KeyboardEvent<HTMLDivElement>): void;
}

const NO_RANGES: readonly TextRange[] = [];
const LINE_HEIGHT_PX = 46;
const CHARS_PER_LINE = 90;
/** Rendered beyond each edge of the view: about four lines, two steps of a mouse wheel, which each re-render the view. */
const OVERSCAN_PX = 200;

/** The direction a rendered paragraph was given (textDirection), which its tags follow. */
function paragraphDirection(paragraph: HTMLElement): 'rtl' | 'ltr' {
  return paragraph.dir === 'ltr' ? 'ltr' : 'rtl';
}

/** A rendered paragraph as the painters read it: where its text sits in the document, and its text node. */
function renderedBlock(paragraph: HTMLElement): RenderedBlock {
  return { start: Number(paragraph.dataset.start), end: Number(paragraph.dataset.end), textNode: (paragraph.firstChild as Text | null) ?? null };
}

function chipLayerOf(paragraph: HTMLElement): HTMLElement | null {
  return paragraph.parentElement?.querySelector<HTMLElement>('.chip-layer') ?? null;
}

/**
 * The right-to-left document: paragraphs rendered as plain text nodes (never HTML),
 * only those on screen, with spans painted by the CSS Custom Highlight API and their
 * labels drawn above the line. The view owns no annotation state: it reports
 * selections, clicks and keys, and paints what it is given. Memoised: with stable
 * handlers, a render of the screen that changes none of its props leaves it alone.
 */
export const DocumentView = memo(forwardRef<DocumentViewHandle, DocumentViewProps>(function DocumentView(props, ref) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const painted = useRef<PaintedHighlights>(new Map());
  const [fontLoads, setFontLoads] = useState(0);
  useEffect(() => {
    const fonts = document.fonts;
    const onLoaded = () => setFontLoads((n) => n + 1);
    fonts?.addEventListener('loadingdone', onLoaded);
    return () => fonts?.removeEventListener('loadingdone', onLoaded);
  }, []);
  const prefix = `tw${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const sizes = useRef<(index: number) => number>(() => 0);
  const rangeExtractor = useCallback((range: Range) => pixelOverscan(range, sizes.current, OVERSCAN_PX), []);
  const virtualizer = useVirtualizer({
    count: props.blocks.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => {
      const block = props.blocks[i]!;
      return Math.max(1, Math.ceil((block.end - block.start) / CHARS_PER_LINE)) * LINE_HEIGHT_PX + 12;
    },
    rangeExtractor,
  });
  sizes.current = (index) => virtualizer.measurementsCache[index]?.size ?? 0;
  const items = virtualizer.getVirtualItems();
  const labelList = useMemo(() => [...props.labels.values()], [props.labels]);
  const labelIndex = useMemo(() => new Map([...props.labels].map(([tag, label]) => [tag, label.index])), [props.labels]);
  const styleSheet = useMemo(() => highlightStyleSheet(prefix, labelList), [prefix, labelList]);
  // Each paragraph's direction, worked out once per text as its blocks come into view.
  const directions = useMemo(() => new Map<number, 'rtl' | 'ltr'>(), [props.text]);
  const blockDirection = (block: TextBlock): 'rtl' | 'ltr' => {
    let direction = directions.get(block.start);
    if (direction === undefined) directions.set(block.start, (direction = textDirection(props.text.slice(block.start, block.end))));
    return direction;
  };

  const renderedBlocks = (): { block: RenderedBlock; element: HTMLElement }[] => {
    const root = scrollRef.current;
    if (!root) return [];
    return [...root.querySelectorAll<HTMLElement>('[data-start]')]
      .map((element) => ({ element, block: renderedBlock(element) }))
      .sort((a, b) => a.block.start - b.block.start);
  };

  // Paint after every render: the visible blocks, spans or caret may have changed.
  useLayoutEffect(() => {
    if (!highlightsSupported()) return;
    const rendered = renderedBlocks();
    // Depths of the rendered spans only: an edit then stores a hundred, not all of them.
    const shown = { start: rendered[0]?.block.start ?? 0, end: rendered[rendered.length - 1]?.block.end ?? 0 };
    const depths = spanDepths(props.spans, shown);
    painted.current = paintHighlights(
      { prefix, blocks: rendered.map((r) => r.block), spans: props.spans, depths, labelIndex, caret: props.caret, pending: props.pending, focus: props.focus, triggers: props.triggers, suggestions: props.suggestions, emphasis: props.emphasis, found: props.found ?? NO_RANGES },
      painted.current,
    );
    drawChips.current = (blocks = renderedBlocks()) => {
      // Measure every block's tags first, then write them all: one layout, not one per tag.
      const ownSpans = spansByBlock(blocks.map((r) => r.block), props.spans);
      const plans = blocks.flatMap(({ element, block }, i) => {
        const layer = chipLayerOf(element);
        const plan = layer ? planLabelChips(layer, block, ownSpans[i]!, props.labels, paragraphDirection(element), fontLoads) : null;
        return plan ? [plan] : [];
      });
      for (const plan of plans) applyLabelChips(plan);
      watchChipLayers(blocks);
    };
    drawChips.current(rendered);
  });

  // Spots measured in a layer hold while its size does; when it changes, its tags are planned again (before that frame paints).
  const drawChips = useRef<(blocks?: { block: RenderedBlock; element: HTMLElement }[]) => void>(() => {});
  const chipLayerSizes = useRef<ResizeObserver | null>(null);
  const watchedLayers = useRef(new Set<Element>());
  const watchChipLayers = (blocks: { element: HTMLElement }[]) => {
    if (typeof ResizeObserver === 'undefined') return;
    const observer = (chipLayerSizes.current ??= new ResizeObserver((entries) => {
      let resized = false;
      for (const entry of entries) {
        const box = entry.target.getBoundingClientRect();
        if (chipLayerResized(entry.target as HTMLElement, box.width, box.height)) resized = true;
      }
      if (resized) drawChips.current();
    }));
    const layers = new Set(blocks.map(({ element }) => chipLayerOf(element)).filter((layer) => layer !== null));
    for (const layer of watchedLayers.current) if (!layers.has(layer as HTMLElement)) observer.unobserve(layer);
    for (const layer of layers) if (!watchedLayers.current.has(layer)) observer.observe(layer);
    watchedLayers.current = layers;
  };

  // A layout effect, so the highlights go in the commit that removes the text: a passive
  // cleanup can run frames later, leaving ranges over detached nodes registered meanwhile.
  useLayoutEffect(
    () => () => {
      clearHighlights(painted.current);
      chipLayerSizes.current?.disconnect();
    },
    [],
  );

  useImperativeHandle(ref, () => ({
    rectOf(start, end) {
      const rendered = renderedBlocks().filter(({ block }) => block.end >= start && block.start <= end && block.textNode);
      if (rendered.length === 0) return null;
      const firstBlock = rendered[0]!.block;
      const lastBlock = rendered[rendered.length - 1]!.block;
      const range = new Range();
      range.setStart(firstBlock.textNode!, Math.max(0, start - firstBlock.start));
      range.setEnd(lastBlock.textNode!, Math.min(lastBlock.end, end) - lastBlock.start);
      return range.getBoundingClientRect();
    },
    prepareTag(offset) {
      // It runs in the keystroke that adds a span: one query for the block, not a pass over every block on screen.
      const block = props.blocks[blockIndexAt(props.blocks, offset)];
      if (!block || offset < block.start || offset >= block.end) return;
      const element = scrollRef.current?.querySelector<HTMLElement>(`p[data-start="${block.start}"]`);
      const layer = element && chipLayerOf(element);
      if (element && layer) prepareChipSpot(layer, renderedBlock(element), offset, paragraphDirection(element), fontLoads);
    },
    reveal(offset) {
      const index = blockIndexAt(props.blocks, offset);
      const onScreen = renderedBlocks().find(({ block }) => block.start <= offset && offset <= block.end);
      if (!onScreen) {
        virtualizer.scrollToIndex(index, { align: 'center' });
        return;
      }
      const root = scrollRef.current!;
      const node = onScreen.block.textNode;
      if (!node) return;
      const range = new Range();
      const at = Math.min(offset - onScreen.block.start, node.length);
      range.setStart(node, at);
      range.setEnd(node, at);
      const rect = range.getBoundingClientRect();
      const view = root.getBoundingClientRect();
      if (rect.top < view.top + 20 || rect.bottom > view.bottom - 20) root.scrollTop += rect.top - view.top - view.height / 2;
    },
    focus(options) {
      scrollRef.current?.focus(options);
    },
  }));

  const onMouseUp = (event: MouseEvent) => {
    const root = scrollRef.current;
    const selection = window.getSelection();
    if (!root || !selection || selection.rangeCount === 0) return;
    if (!selection.isCollapsed) {
      const anchor = domPointToOffset(root, selection.anchorNode!, selection.anchorOffset);
      const focus = domPointToOffset(root, selection.focusNode!, selection.focusOffset);
      if (anchor !== null && focus !== null && anchor !== focus) {
        selection.removeAllRanges();
        props.onSelectText({ anchor, focus, precise: event.altKey });
        return;
      }
    }
    const offset = offsetAtPoint(root, event.clientX, event.clientY);
    if (offset !== null) props.onClickOffset(offset);
  };

  return (
    <>
      <style>{styleSheet}</style>
      <div
        ref={scrollRef}
        className="doc-view"
        tabIndex={0}
        role="application"
        aria-roledescription="annotation editor"
        aria-label={props.label}
        aria-describedby={props.describedBy}
        onKeyDown={props.onKeyDown}
        onMouseUp={onMouseUp}
        data-testid="document-view"
      >
        <div className="doc-blocks" dir="rtl" lang="ar" style={{ blockSize: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const block = props.blocks[item.index]!;
            return (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="doc-block"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <div className="chip-layer" aria-hidden="true" />
                <p className="doc-paragraph" dir={blockDirection(block)} data-start={block.start} data-end={block.end}>
                  {props.text.slice(block.start, block.end)}
                </p>
              </div>
            );
          })}
        </div>
      </div>
    </>
  );
}));
