import type { EntitySpan } from '../../src/core/model/annotation.ts';

/**
 * The plain reference of the annotation metrics (issue 3): the same text and spans as
 * `<mark>` elements in a `dir="rtl"` div, built by a minimal script. One `<p>` per line
 * (paragraphs kept, as the app keeps them), spans as marks, nested spans as nested
 * marks; a span that overlaps another without nesting is split where the other ends.
 * Everything is laid out: no virtualisation.
 */

const STYLE_ID = 'bench-mark-reference-style';

/** Colours per label index as classes; depth shown by an underline. Installed once, outside timing. */
export function installReferenceStyle(colors: readonly string[]): void {
  if (document.getElementById(STYLE_ID)) return;
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = [
    '.bench-ref { position: fixed; overflow: auto; background: #fff; z-index: 1; padding-inline: 1.5rem; box-sizing: border-box;',
    "  font-family: 'Noto Naskh Arabic', 'Noto Sans Arabic Variable', serif; font-size: 1.3rem; line-height: 2.3; }",
    '.bench-ref p { margin: 0; padding-block: 0.35rem; }',
    '.bench-ref mark { color: inherit; background: transparent; }',
    '.bench-ref mark mark { text-decoration: underline 2px; }',
    ...colors.map((color, i) => `.bench-ref mark.l${i} { background-color: ${color}59; }`),
  ].join('\n');
  document.head.append(style);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/**
 * The markup: per line, text and marks. `spans` sorted by start, longer first
 * (the app's compareSpans order); `labelIndex` gives each label's class.
 */
export function markupOf(text: string, spans: readonly EntitySpan[], labelIndex: ReadonlyMap<string, number>): string {
  const out: string[] = [];
  let next = 0; // next span to open
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    out.push('<p>');
    // Open marks, outermost first; a span never crosses a line here (the generator's spans do not).
    const open: EntitySpan[] = [];
    let at = lineStart;
    const openMark = (span: EntitySpan) => {
      open.push(span);
      out.push(`<mark class="l${labelIndex.get(span.label) ?? 0}">`);
    };
    while (at < lineEnd || open.length > 0) {
      const nextStart = next < spans.length && spans[next]!.start < lineEnd ? spans[next]!.start : lineEnd;
      let nextEnd = lineEnd;
      for (const span of open) if (span.end < nextEnd) nextEnd = span.end;
      const boundary = Math.min(nextStart, nextEnd);
      if (boundary > at) out.push(escapeHtml(text.slice(at, boundary)));
      at = boundary;
      if (open.some((span) => span.end <= at)) {
        // Close down to the outermost span ending here; reopen the inner ones that do not end.
        const reopen: EntitySpan[] = [];
        while (open.some((span) => span.end <= at)) {
          const span = open.pop()!;
          out.push('</mark>');
          if (span.end > at) reopen.unshift(span);
        }
        for (const span of reopen) openMark(span);
        continue;
      }
      if (next < spans.length && spans[next]!.start === at && at < lineEnd) {
        openMark(spans[next++]!);
        continue;
      }
      if (at >= lineEnd) break;
    }
    while (open.length > 0) {
      open.pop();
      out.push('</mark>');
    }
    out.push('</p>');
    if (newline === -1) break;
    lineStart = newline + 1;
    while (next < spans.length && spans[next]!.start < lineStart) next++;
  }
  return out.join('');
}

/** The minimal script: builds the markup and inserts it as a `dir="rtl"` div into `host`. */
export function renderMarks(host: HTMLElement, text: string, spans: readonly EntitySpan[], labelIndex: ReadonlyMap<string, number>): HTMLElement {
  const div = document.createElement('div');
  div.dir = 'rtl';
  div.lang = 'ar';
  div.innerHTML = markupOf(text, spans, labelIndex);
  host.append(div);
  return div;
}

/**
 * Adds one mark over [start, end) of line `line`, which must lie in one text node
 * (an unmarked word): finds the node, splits it, wraps the middle. Returns the mark.
 */
export function insertMark(div: HTMLElement, line: number, lineStart: number, start: number, end: number, labelClass: string): HTMLElement {
  const paragraph = div.children[line];
  if (!paragraph) throw new Error(`the reference has no line ${line}`);
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let offset = lineStart;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const nodeEnd = offset + node.length;
    if (start >= offset && end <= nodeEnd) {
      const middle = node.splitText(start - offset);
      middle.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = labelClass;
      middle.replaceWith(mark);
      mark.append(middle);
      return mark;
    }
    offset = nodeEnd;
  }
  throw new Error(`no single text node holds ${start}..${end}`);
}

/** Takes a mark out again and merges the text nodes it split. */
export function removeMark(mark: HTMLElement): void {
  const parent = mark.parentElement!;
  mark.replaceWith(...mark.childNodes);
  parent.normalize();
}
