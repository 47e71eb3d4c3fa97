import type { EntitySpan } from '../../core/model/annotation.ts';
import { partitionPoint } from '../../core/offsets/partitionPoint.ts';
import type { RenderedBlock } from './highlightPainter.ts';
import { safeColor } from './highlightStyles.ts';
import { darkTint } from '../theme/darkLabelColors.ts';

export interface ChipLabel {
  text: string;
  color: string;
}

export interface ChipStack {
  top: number;
  edge: number;
  /** Pixels up to the next stack of the line, so a long tag ends in an ellipsis rather than over its neighbour's; null for the line's last. */
  room: number | null;
  chips: { spanId: string; text: string; color: string }[];
}

export interface ChipPlan {
  layer: HTMLElement;
  direction: 'rtl' | 'ltr';
  stacks: ChipStack[];
}

/** Between two tags of one line. */
const CHIP_GAP_PX = 2;
/** The least a tag keeps, a letter and an ellipsis, however close the next one starts. */
const MIN_ROOM_PX = 16;
/** Wider than most tags: a stack with more room than this is drawn without a limit. */
const ROOM_TO_LIMIT_PX = 120;

/** Each stack's room: on the line it sits on, up to the next stack in reading order. */
export function withRoom(stacks: ChipStack[]): ChipStack[] {
  const lines = new Map<number, ChipStack[]>();
  for (const stack of stacks) {
    const line = Math.round(stack.top);
    const onLine = lines.get(line);
    if (onLine) onLine.push(stack);
    else lines.set(line, [stack]);
  }
  for (const line of lines.values()) {
    line.sort((a, b) => a.edge - b.edge);
    line.forEach((stack, i) => {
      const next = line[i + 1];
      stack.room = next ? Math.max(MIN_ROOM_PX, next.edge - stack.edge - CHIP_GAP_PX) : null;
    });
  }
  return stacks;
}

/** Where the tag of a span starting at an offset goes, relative to its block's chip layer; null where the offset has no box. */
type ChipSpot = { top: number; edge: number } | null;

/**
 * The spots measured in one chip layer. Where a character sits inside a block depends
 * only on the block's text, its size and the fonts, so the spots stay right until one of
 * those changes; drawing tags then needs no layout read, which after an edit would force
 * the browser to lay out the page before the frame does.
 */
interface LayerGeometry {
  start: number;
  end: number;
  width: number;
  height: number;
  fonts: number;
  direction: 'rtl' | 'ltr';
  spots: Map<number, ChipSpot>;
}

const geometries = new WeakMap<HTMLElement, LayerGeometry>();

interface DrawnState {
  spans: readonly EntitySpan[];
  labels: ReadonlyMap<string, ChipLabel>;
  geometry: LayerGeometry;
}

const drawn = new WeakMap<HTMLElement, DrawnState>();

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** The layer's geometry if it still describes this block, fonts and direction (its size is watched apart, see chipLayerResized). */
function currentGeometry(layer: HTMLElement, block: RenderedBlock, direction: 'rtl' | 'ltr', fonts: number): LayerGeometry | undefined {
  const geometry = geometries.get(layer);
  return geometry && geometry.start === block.start && geometry.end === block.end && geometry.fonts === fonts && geometry.direction === direction ? geometry : undefined;
}

/** Reads the layout: the layer's box, and a range per offset not measured yet. */
function measureSpots(layer: HTMLElement, block: RenderedBlock, offsets: readonly number[], direction: 'rtl' | 'ltr', fonts: number): LayerGeometry {
  const origin = layer.getBoundingClientRect();
  let geometry = currentGeometry(layer, block, direction, fonts);
  if (!geometry || geometry.width !== origin.width || geometry.height !== origin.height) {
    geometry = { start: block.start, end: block.end, width: origin.width, height: origin.height, fonts, direction, spots: new Map() };
    geometries.set(layer, geometry);
  }
  const node = block.textNode;
  for (const offset of offsets) {
    if (geometry.spots.has(offset)) continue;
    let spot: ChipSpot = null;
    if (node && offset >= block.start && offset < block.end) {
      const range = new Range();
      const at = offset - block.start;
      range.setStart(node, at);
      range.setEnd(node, Math.min(at + 1, node.length));
      const rect = range.getBoundingClientRect();
      if (rect.width !== 0 || rect.height !== 0) {
        spot = { top: rect.top - origin.top, edge: direction === 'rtl' ? origin.right - rect.right : rect.left - origin.left };
      }
    }
    geometry.spots.set(offset, spot);
  }
  return geometry;
}

/**
 * Measures where the tag of a span about to start at `offset` will go. Called before the
 * edit that adds the span changes the page, the layout is still the last frame's, so this
 * read costs a range and no layout.
 */
export function prepareChipSpot(layer: HTMLElement, block: RenderedBlock, offset: number, direction: 'rtl' | 'ltr', fonts: number): void {
  measureSpots(layer, block, [offset], direction, fonts);
}

/**
 * Tells the layer's current size (read when the layout is clean, as in a ResizeObserver
 * callback). True when its spots no longer hold: they are forgotten, and its tags must be
 * planned again.
 */
export function chipLayerResized(layer: HTMLElement, width: number, height: number): boolean {
  const geometry = geometries.get(layer);
  if (!geometry || (geometry.width === width && geometry.height === height)) return false;
  geometries.delete(layer);
  return true;
}

/** The spans whose tags go in each block (blocks in document order): those starting in it, in list order. */
export function spansByBlock(blocks: readonly RenderedBlock[], spans: readonly EntitySpan[]): EntitySpan[][] {
  const byBlock = blocks.map((): EntitySpan[] => []);
  const first = blocks[0]?.start ?? 0;
  const last = blocks[blocks.length - 1]?.end ?? 0;
  for (const span of spans) {
    if (span.start < first || span.start >= last) continue;
    const index = partitionPoint(blocks, (block) => block.end <= span.start);
    if (blocks[index] && blocks[index].start <= span.start) byBlock[index]!.push(span);
  }
  return byBlock;
}

/**
 * Where each span's tag goes. `spans` are the block's own (spansByBlock), so an edit
 * elsewhere in the document leaves this block's tags alone. Reads the layout only for
 * spans starting where no tag was measured before (see prepareChipSpot). Null when the
 * layer already shows these spans where they are.
 */
export function planLabelChips(
  layer: HTMLElement,
  block: RenderedBlock,
  spans: readonly EntitySpan[],
  labels: ReadonlyMap<string, ChipLabel>,
  direction: 'rtl' | 'ltr',
  /** Bumped when web fonts finish loading: the same text then lays out differently. */
  fonts: number,
): ChipPlan | null {
  let geometry = currentGeometry(layer, block, direction, fonts);
  const last = drawn.get(layer);
  if (last && geometry && last.geometry === geometry && last.labels === labels && sameItems(last.spans, spans)) return null;
  if (!geometry || spans.some((span) => !geometry!.spots.has(span.start))) {
    geometry = measureSpots(layer, block, spans.map((span) => span.start), direction, fonts);
  }
  drawn.set(layer, { spans, labels, geometry });
  const stacks = new Map<string, ChipStack>();
  for (const span of spans) {
    const spot = geometry.spots.get(span.start);
    if (!spot) continue;
    const label = labels.get(span.label);
    const key = `${Math.round(spot.top)}:${Math.round(spot.edge)}`;
    let stack = stacks.get(key);
    if (!stack) stacks.set(key, (stack = { top: spot.top, edge: spot.edge, room: null, chips: [] }));
    stack.chips.push({ spanId: span.id, text: label?.text ?? span.label, color: safeColor(label?.color ?? '#9aa0a6') });
  }
  return { layer, direction, stacks: withRoom([...stacks.values()]) };
}

/**
 * The width a stack is held to, or null. Only a stack close to the next is held: a limit
 * costs layout on every tag it applies to, and a room that changes above it redraws nothing.
 */
function widthLimit(stack: ChipStack): number | null {
  return stack.room !== null && stack.room < ROOM_TO_LIMIT_PX ? stack.room : null;
}

// What each drawn stack shows, so a redraw keeps the stacks that stay as they are.
const stackKeys = new WeakMap<Element, string>();

function stackKey(stack: ChipStack, direction: 'rtl' | 'ltr'): string {
  return [direction, stack.top, stack.edge, widthLimit(stack), ...stack.chips.map((chip) => `${chip.spanId} ${chip.text} ${chip.color}`)].join('|');
}

function stackElement(stack: ChipStack, direction: 'rtl' | 'ltr'): HTMLElement {
  const element = document.createElement('span');
  element.className = 'label-chip-stack';
  element.style.top = `${stack.top}px`;
  if (direction === 'rtl') element.style.right = `${stack.edge}px`;
  else element.style.left = `${stack.edge}px`;
  const limit = widthLimit(stack);
  if (limit !== null) {
    element.style.maxWidth = `${limit}px`;
    element.dataset.fit = '';
  }
  for (const chip of stack.chips) {
    const tag = document.createElement('span');
    tag.className = 'label-chip';
    tag.textContent = chip.text;
    tag.style.setProperty('--chip-color', chip.color);
    tag.style.setProperty('--chip-tint', darkTint(chip.color));
    tag.dataset.spanId = chip.spanId;
    element.append(tag);
  }
  return element;
}

/**
 * Writes only: tags of spans starting at the same place sit side by side in one flex
 * stack. Stacks already drawn as planned stay in the DOM (a new span adds its stack and
 * leaves the others' style and layout alone); the rest are removed or added.
 */
export function applyLabelChips({ layer, stacks, direction }: ChipPlan): void {
  const wanted = new Map(stacks.map((stack) => [stackKey(stack, direction), stack]));
  for (const element of [...layer.children]) {
    const key = stackKeys.get(element);
    if (key !== undefined && wanted.delete(key)) continue;
    element.remove();
  }
  const added = [...wanted].map(([key, stack]) => {
    const element = stackElement(stack, direction);
    stackKeys.set(element, key);
    return element;
  });
  layer.append(...added);
}
