import { useRef, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useT } from '../../ui/i18n/useT.ts';
import { routeHref } from '../../ui/router.ts';
import { useDocumentPages } from './api/useDocumentPages.ts';
import { PAGE_SIZE, type DocumentRow } from './api/documentRow.ts';
import type { DocumentSubset } from './statusFilter.ts';
import { textDirection } from '../../core/text/textDirection.ts';

const ROW_HEIGHT = 52;

/**
 * A virtualised list: only the rows on screen exist in the DOM, and only their pages
 * are read from storage, so 100,000 documents scroll like 100. Each row is a link;
 * ArrowUp/ArrowDown, Home and End move focus between rows, scrolling as needed.
 */
export function DocumentList(props: {
  projectId: string;
  count: number;
  /** The documents to list when not the whole project. */
  subset: DocumentSubset | null;
  /** Whose status the badges show; without one, the furthest anyone got. */
  annotator: string | undefined;
}) {
  const t = useT();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: props.count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const pages: number[] = [];
  for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE) && props.count > 0; page++) pages.push(page);
  const loaded = useDocumentPages(props.projectId, pages, props.subset, props.annotator);
  const rowAt = (index: number): DocumentRow | undefined => loaded.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(props.count - 1, index));
    virtualizer.scrollToIndex(target, { align: 'auto' });
    // The row may only exist after the virtualiser re-renders.
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${target}"] a`)?.focus());
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const current = Number((event.target as HTMLElement).closest<HTMLElement>('[data-index]')?.dataset.index ?? -1);
    if (current < 0) return;
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + 10,
      PageUp: current - 10,
      Home: 0,
      End: props.count - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    focusRow(target);
  };

  return (
    <div className="doc-list" ref={scrollRef} onKeyDown={onKeyDown}>
      <div role="list" aria-label={t('library.listLabel')} style={{ blockSize: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const row = rowAt(item.index);
          return (
            <div
              key={item.key}
              role="listitem"
              aria-setsize={props.count}
              aria-posinset={item.index + 1}
              data-index={item.index}
              className="doc-row"
              style={{ position: 'absolute', insetBlockStart: 0, insetInlineStart: 0, inlineSize: '100%', blockSize: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
            >
              {row ? <RowContent row={row} projectId={props.projectId} /> : <span className="muted">{t('library.loadingRow')}</span>}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function RowContent({ row, projectId }: { row: DocumentRow; projectId: string }) {
  const t = useT();
  const { record, status } = row;
  return (
    <a className="doc-link" href={routeHref({ name: 'document', projectId, docId: record.id })}>
      <span className="doc-title" dir={textDirection(record.title)}>{record.title}</span>
      <span className="badge">{t(`kind.${record.kind}`)}</span>
      <span className={`badge status-${status}`}>{t(`status.${status}`)}</span>
      <span className="doc-meta muted">
        {typeof record.meta.date === 'string' ? record.meta.date : ''}
      </span>
    </a>
  );
}
