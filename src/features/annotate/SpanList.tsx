import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { EntitySpan } from '../../core/model/annotation.ts';
import type { EntityLabel } from '../../core/schema/projectSchema.ts';
import { useT } from '../../ui/i18n/useT.ts';
import { safeColor } from '../../ui/documentView/highlightStyles.ts';

const ROW = 34;

/** The document's spans in reading order; choosing one moves the caret to it. Virtualised for thousands of spans. */
export function SpanList(props: {
  text: string;
  spans: readonly EntitySpan[];
  labels: readonly EntityLabel[];
  focusedId: string | null;
  onFocusSpan(span: EntitySpan): void;
}) {
  const t = useT();
  const scrollRef = useRef<HTMLDivElement>(null);
  const colors = new Map(props.labels.map((l) => [l.tag, l.color]));
  const virtualizer = useVirtualizer({ count: props.spans.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW, overscan: 8 });
  return (
    <section className="span-list" aria-labelledby="span-list-heading">
      <h2 id="span-list-heading">{t('annotate.spans', { n: props.spans.length })}</h2>
      {props.spans.length === 0 ? <p className="muted">{t('annotate.noSpans')}</p> : null}
      <div ref={scrollRef} className="span-scroll">
        <ul style={{ blockSize: virtualizer.getTotalSize(), position: 'relative' }} aria-label={t('annotate.spans', { n: props.spans.length })}>
          {virtualizer.getVirtualItems().map((item) => {
            const span = props.spans[item.index]!;
            return (
              <li
                key={span.id}
                className="span-row"
                style={{ position: 'absolute', insetBlockStart: 0, insetInlineStart: 0, inlineSize: '100%', blockSize: ROW, transform: `translateY(${item.start}px)` }}
              >
                <button
                  type="button"
                  className={`span-button${span.id === props.focusedId ? ' focused' : ''}`}
                  aria-current={span.id === props.focusedId ? 'true' : undefined}
                  onClick={() => props.onFocusSpan(span)}
                  data-span-id={span.id}
                >
                  <span className="swatch" style={{ backgroundColor: safeColor(colors.get(span.label) ?? '#9aa0a6') }} aria-hidden="true" />
                  <span className="tag">{span.label}</span>
                  <bdi className="span-text" dir="rtl">{props.text.slice(span.start, span.end)}</bdi>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
