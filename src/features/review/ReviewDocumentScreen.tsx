import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Button } from 'react-aria-components';
import { useQueryClient } from '@tanstack/react-query';
import type { AgreementLayers } from '../../core/agreement/agreementInput.ts';
import { isAnnotated } from '../../core/agreement/agreementInput.ts';
import { textBlocks } from '../../core/annotate/textBlocks.ts';
import { useScreenShortcuts } from '../../ui/shortcuts/ShortcutProvider.tsx';
import { reviewShortcuts } from './reviewShortcuts.ts';
import { GOLD_ANNOTATOR } from '../../core/model/annotation.ts';
import { acceptAgreedIntoGold, acceptIntoGold, addGoldSpan, removeFromGold, removeGoldSpan, resizeGoldSpan } from '../../core/review/goldEdits.ts';
import type { ReviewItem, SpanValue } from '../../core/review/reviewItem.ts';
import { reviewItems, spanKey } from '../../core/review/reviewItems.ts';
import type { ProjectSchema } from '../../core/schema/projectSchema.ts';
import { StorageFullError } from '../../storage/storageErrors.ts';
import type { AnnotationRecord, DocumentRecord } from '../../storage/tawsimSchema.ts';
import type { ProjectAnnotator } from '../../storage/reviewStore.ts';
import type { DocumentViewHandle, ViewLabel } from '../../ui/documentView/DocumentView.tsx';
import { ChoiceGroup } from '../../ui/ChoiceGroup.tsx';
import { useT } from '../../ui/i18n/useT.ts';
import { routeHref } from '../../ui/router.ts';
import type { AgreementResult } from './agreement/agreementClient.ts';
import { useDocumentSets } from './api/useDocumentSets.ts';
import { useGoldEdit, type GoldCommand } from './api/useGoldEdit.ts';
import { useNeighbours } from '../../ui/data/useNeighbours.ts';
import { useProjectAnnotators } from './api/useProjectAnnotators.ts';
import { useProjectSchema } from '../../ui/data/useProjectSchema.ts';
import { useReviewChoice, useSetReviewChoice } from './api/useReviewChoice.ts';
import { useDocumentRecord, useDocumentText } from '../../ui/data/useDocument.ts';
import { reviewKeys } from './api/reviewKeys.ts';
import { chosenAnnotators, comparableAnnotators } from './api/reviewedAnnotators.ts';
import { AnnotatorNames } from './AnnotatorNames.tsx';
import { AnnotatorPicker } from './AnnotatorPicker.tsx';
import { ItemKindMark, ITEM_KINDS } from './ItemKindMark.tsx';
import { ReviewItemList } from './ReviewItemList.tsx';
import { reviewAction } from './reviewKeyActions.ts';
import { reviewDocumentHref, reviewHref } from './reviewHref.ts';
import { VersionView } from './VersionView.tsx';
import { GoldVersion } from './GoldVersion.tsx';
import './review.css';
import { textDirection } from '../../core/text/textDirection.ts';
import { refocusIfLost } from '../../ui/refocusIfLost.ts';
import { useLatestCallback } from '../../ui/useLatestCallback.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { NotFound } from '../../ui/NotFound.tsx';

/** Loads what the document review needs. */
export function ReviewDocumentScreen({ projectId, docId }: { projectId: string; docId: string }) {
  const t = useT();
  const record = useDocumentRecord(docId);
  const text = useDocumentText(docId);
  const schema = useProjectSchema(projectId);
  const sets = useDocumentSets(docId);
  const annotators = useProjectAnnotators(projectId);
  const choice = useReviewChoice(projectId);
  useScreenShortcuts(useMemo(() => reviewShortcuts(t), [t]));
  if (record.data === null || text.data === null) return <NotFound what="document" back={{ name: 'review', projectId }} />;
  if (!record.data || text.data === undefined || !schema.data || !sets.data || !annotators.data || choice.data === undefined) {
    return <p role="status">{t('doc.loading')}</p>;
  }
  return (
    <DocumentReview
      key={docId}
      projectId={projectId}
      record={record.data}
      text={text.data}
      schema={schema.data}
      sets={sets.data}
      annotators={annotators.data}
      choice={choice.data}
    />
  );
}

type Filter = 'all' | 'disputed';

const EMPTY_LAYERS: AgreementLayers = { status: 'new', entities: [], events: [], stance: [] };

function DocumentReview(props: {
  projectId: string;
  record: DocumentRecord;
  text: string;
  schema: ProjectSchema;
  sets: readonly AnnotationRecord[];
  annotators: readonly ProjectAnnotator[];
  choice: readonly string[] | null;
}) {
  const { projectId, record, text, schema } = props;
  const t = useT();
  useDocumentTitle(record.title, t('review.open'));
  const queryClient = useQueryClient();
  const docId = record.id;
  const setChoice = useSetReviewChoice(projectId);
  const edit = useGoldEdit(projectId, docId);
  const importOrder = useNeighbours(projectId, docId, record.seq);
  const [filter, setFilter] = useState<Filter>('all');
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // The key of a span just relabelled: its row takes focus once gold has it, as the menu's button went with the old label.
  const [relabelled, setRelabelled] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const views = useRef(new Map<string, DocumentViewHandle>());

  const chosen = chosenAnnotators(props.annotators, props.choice);
  // Gold is what is being built here, never one of the compared versions.
  const compared = chosen.filter((name) => name !== GOLD_ANNOTATOR);
  const byAnnotator = useMemo(() => new Map(props.sets.map((set) => [set.annotator, set])), [props.sets]);
  const versions = compared.flatMap((annotator) => {
    const set = byAnnotator.get(annotator);
    return set && isAnnotated(set) ? [{ annotator, layers: set as AgreementLayers }] : [];
  });
  const absent = compared.filter((name) => !versions.some((v) => v.annotator === name));
  const gold = byAnnotator.get(GOLD_ANNOTATOR);
  const goldLayers: AgreementLayers = gold ?? EMPTY_LAYERS;
  const versionKey = versions.map((v) => `${v.annotator}:${(v.layers as AnnotationRecord).rev}`).join('|');
  const items = useMemo(
    () => reviewItems(versions, gold ?? null),
    // Versions are rebuilt each render; their revisions say when they changed.
    [versionKey, gold],
  );
  const shown = filter === 'all' ? items : items.filter((item) => item.kind !== 'agreed');
  // Until the reviewer picks one, the first disagreement is current, so A and R act at once.
  const current = shown.find((item) => item.id === currentId) ?? shown.find((item) => item.kind !== 'agreed') ?? shown[0] ?? null;
  const agreedCount = items.filter((item) => item.kind === 'agreed').length;
  const disputed = useMemo(() => items.filter((item) => item.kind !== 'agreed' && item.kind !== 'gold-only' && item.range).map((item) => item.range!), [items]);

  const blocks = useMemo(() => textBlocks(text), [text]);
  const viewLabels = useMemo(
    () => new Map<string, ViewLabel>(schema.entities.map((label, index) => [label.tag, { index, color: label.color, text: label.tag }])),
    [schema.entities],
  );

  // Next and previous follow the overview's order (most disagreed first) when it is known, else import order.
  const neighbours = useMemo(() => {
    const cached = queryClient.getQueryData<AgreementResult>(reviewKeys.agreement(projectId, chosen));
    const order = cached?.report.per_document.filter((d) => d.disagreement !== null).map((d) => d.id) ?? [];
    const at = order.indexOf(docId);
    if (at >= 0) return { previous: order[at - 1] ?? null, next: order[at + 1] ?? null };
    return importOrder.data ?? { previous: null, next: null };
  }, [queryClient, projectId, chosen.join('\u0000'), docId, importOrder.data]);

  /** The current item's row, or the list when no item is current (or shown). */
  const currentRow = useLatestCallback(() => (current ? rowOf(listRef.current, current.id) : null) ?? listRef.current);
  const run = useCallback(
    (command: GoldCommand, done: string, onWritten?: () => void) => {
      edit.mutate(command, {
        onSuccess: ({ written }) => {
          setNotice(written ? done : t('review.noChange'));
          if (written) onWritten?.();
          // An item's Accept is disabled once gold has its version, its Remove goes with it: the keys go on from the current row.
          refocusIfLost(() => currentRow()?.focus({ preventScroll: true }));
        },
      });
    },
    [edit, t, currentRow],
  );
  const accept = (item: ReviewItem, variant: number) => {
    if (!item.variants[variant] || item.variants[variant]!.annotators.length === 0) return;
    run({ type: 'layers', change: (g) => acceptIntoGold(g, item, variant) }, t('review.accepted'));
  };
  const remove = (item: ReviewItem) => run({ type: 'layers', change: (g) => removeFromGold(g, item) }, t('review.removed'));
  const acceptAgreed = () => run({ type: 'layers', change: (g) => acceptAgreedIntoGold(g, items) }, t('review.acceptedAgreed', { n: agreedCount }));
  const relabel = (span: SpanValue, label: string) =>
    run({ type: 'relabel', span, label }, t('review.relabelled', { label }), () => setRelabelled(spanKey({ ...span, label })));
  const goldStatus = gold?.status ?? 'new';
  const toggleDone = () => run({ type: 'status', status: goldStatus === 'done' ? 'in_progress' : 'done' }, goldStatus === 'done' ? t('review.goldReopened') : t('review.goldDone'));

  // Show the current item in every version when another item becomes current; a gold edit
  // rebuilds the items, and must leave the gold text where the reviewer's caret is.
  const currentRange = current?.range ?? null;
  useEffect(() => {
    if (currentRange) for (const view of views.current.values()) view.reveal(currentRange.start);
  }, [current?.id]);

  const focusItem = (id: string) => {
    setCurrentId(id);
    // Move keyboard focus onto the row too, so arrow keys go on from there.
    requestAnimationFrame(() => rowOf(listRef.current, id)?.focus());
  };
  useEffect(() => {
    if (!relabelled) return;
    const holder = items.find((item) => item.variants.some((v) => v.inGold && v.key === relabelled));
    if (!holder) return;
    setRelabelled(null);
    if (shown.includes(holder)) focusItem(holder.id);
    else listRef.current?.focus();
  }, [relabelled, items]);
  // Keys act where focus is: a document opened from the list or by Alt+↓ starts with focus on its current item.
  const initialItem = useRef(current?.id ?? null);
  useEffect(() => {
    const id = initialItem.current;
    const frame = requestAnimationFrame(() =>
      (id ? rowOf(listRef.current, id) : listRef.current)?.focus(),
    );
    return () => cancelAnimationFrame(frame);
  }, []);

  const step = (delta: number) => {
    if (shown.length === 0) return;
    const at = current ? shown.indexOf(current) : -1;
    const next = shown[Math.min(shown.length - 1, Math.max(0, at < 0 ? 0 : at + delta))];
    if (next) focusItem(next.id);
  };
  const goTo = (target: string | null | undefined) => {
    if (target) location.hash = reviewDocumentHref(projectId, target);
  };

  const inField = (event: KeyboardEvent<HTMLElement>) =>
    (event.target as HTMLElement).closest('input, textarea, [role="combobox"], [role="listbox"], [role="dialog"], [role="menu"]') !== null;

  // Alt+arrows and Ctrl+Enter are taken before the items list, which would otherwise move its focus on Alt+↑.
  const onKeyDownCapture = (event: KeyboardEvent<HTMLElement>) => {
    if (inField(event)) return;
    const action = reviewAction(event);
    if (action?.type === 'next-document') goTo(neighbours.next);
    else if (action?.type === 'previous-document') goTo(neighbours.previous);
    else if (action?.type === 'toggle-done') toggleDone();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  // The other keys come here after the gold text has had its turn (a label's key there tags).
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.defaultPrevented || inField(event)) return;
    const action = reviewAction(event);
    if (!action) return;
    switch (action.type) {
      case 'accept':
        if (current) accept(current, action.variant);
        break;
      case 'remove':
        if (current) remove(current);
        break;
      case 'next-item':
        step(1);
        break;
      case 'previous-item':
        step(-1);
        break;
      case 'accept-agreed':
        acceptAgreed();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const onClickOffset = (offset: number) => {
    const here = shown
      .filter((item) => item.range && item.range.start <= offset && offset < item.range.end)
      .sort((a, b) => a.range!.end - a.range!.start - (b.range!.end - b.range!.start))[0];
    if (here) focusItem(here.id);
  };
  const viewRef = (name: string) => (handle: DocumentViewHandle | null) => {
    if (handle) views.current.set(name, handle);
    else views.current.delete(name);
  };
  const saveState = edit.isPending ? 'saving' : edit.isError ? 'failed' : 'saved';
  const comparable = comparableAnnotators(props.annotators);

  return (
    <article className="review-document" aria-labelledby="review-doc-title" onKeyDownCapture={onKeyDownCapture} onKeyDown={onKeyDown}>
      <div className="annotate-head">
        <a className="back-link" href={reviewHref(projectId)}>{t('review.backToOverview')}</a>
        <h1 id="review-doc-title" dir={textDirection(record.title)} className="reader-title">{record.title}</h1>
        <div className="annotate-bar">
          <span className={`badge status-${goldStatus}`} data-testid="gold-status">{t('review.goldStatus', { status: t(`status.${goldStatus}`) })}</span>
          <Button className="button primary" isDisabled={agreedCount === 0} onPress={acceptAgreed}>
            {t('review.acceptAgreed', { n: agreedCount })} <kbd>Shift+A</kbd>
          </Button>
          <Button className="button" onPress={toggleDone}>
            {goldStatus === 'done' ? t('review.reopenGold') : t('review.markGoldDone')} <kbd>Ctrl+Enter</kbd>
          </Button>
          <Button className="button" isDisabled={!neighbours.previous} onPress={() => goTo(neighbours.previous)}>
            {t('review.previousDocument')} <kbd>Alt+↑</kbd>
          </Button>
          <Button className="button" isDisabled={!neighbours.next} onPress={() => goTo(neighbours.next)}>
            {t('review.nextDocument')} <kbd>Alt+↓</kbd>
          </Button>
          <a className="button" href={routeHref({ name: 'goldDocument', projectId, docId })}>{t('review.editGold')}</a>
          <a className="button" href={routeHref({ name: 'document', projectId, docId })}>{t('review.openInAnnotation')}</a>
          <span className={`save-state ${saveState}`} role="status" data-testid="gold-save-state">
            {saveState === 'saving' ? t('review.saving') : saveState === 'failed' ? t('review.notSaved') : t('review.saved')}
          </span>
        </div>
        {edit.error ? (
          <p className="notice error" role="alert">
            {edit.error instanceof StorageFullError ? t('storage.full') : `${t('review.notSaved')} ${edit.error.message}`}
          </p>
        ) : null}
        <p className="visually-hidden" role="status" aria-live="polite">{notice ?? ''}</p>
        <details className="review-options">
          <summary>{t('review.comparing', { n: compared.length })}</summary>
          <AnnotatorPicker annotators={comparable} chosen={chosen} onChange={(next) => setChoice.mutate(next)} />
        </details>
        {absent.length > 0 ? (
          <p className="muted small">
            {t('review.notAnnotated')}{' '}
            <AnnotatorNames names={absent} />
          </p>
        ) : null}
        <p id="review-keys" className="muted small">{t('review.keys')}</p>
      </div>
      <div className="review-body">
        <div className="review-versions">
          {versions.length < 2 ? <p className="notice">{t('review.needTwo')}</p> : null}
          {versions.map((version) => (
            <VersionView
              key={version.annotator}
              ref={viewRef(version.annotator)}
              annotator={version.annotator}
              layers={version.layers}
              text={text}
              blocks={blocks}
              labels={viewLabels}
              current={current?.range ?? null}
              disputed={disputed}
              onClickOffset={onClickOffset}
            />
          ))}
          <GoldVersion
            ref={viewRef(GOLD_ANNOTATOR)}
            layers={goldLayers}
            text={text}
            blocks={blocks}
            labels={viewLabels}
            entityLabels={schema.entities}
            current={current?.range ?? null}
            onClickOffset={onClickOffset}
            onAdd={(span) => run({ type: 'layers', change: (g) => addGoldSpan(g, span) }, t('review.added'))}
            onRemove={(span) => run({ type: 'layers', change: (g) => removeGoldSpan(g, span) }, t('review.removed'))}
            onResize={(id, bounds) => run({ type: 'layers', change: (g) => resizeGoldSpan(g, id, bounds) }, t('review.resized'))}
          />
        </div>
        <aside className="review-side" aria-labelledby="review-items-heading">
          <h2 id="review-items-heading">{t('review.itemsHeading', { n: items.length, open: items.length - agreedCount })}</h2>
          <ChoiceGroup<Filter>
            label={t('review.show')}
            value={filter}
            choices={[
              { value: 'all', label: t('review.showAll') },
              { value: 'disputed', label: t('review.showDisputed') },
            ]}
            onChange={setFilter}
          />
          <ReviewItemList
            ref={listRef}
            items={shown}
            text={text}
            schema={schema}
            currentId={current?.id ?? null}
            onCurrent={setCurrentId}
            onAccept={accept}
            onRemove={remove}
            onRelabel={relabel}
          />
          <details className="legend">
            <summary>{t('review.legend')}</summary>
            <ul>
              {ITEM_KINDS.map((kind) => (
                <li key={kind}>
                  <ItemKindMark kind={kind} /> <span className="muted small">{t(`review.kindHint.${kind}`)}</span>
                </li>
              ))}
            </ul>
          </details>
        </aside>
      </div>
    </article>
  );
}

/** An item's row in the items list. */
function rowOf(list: HTMLElement | null, id: string): HTMLElement | null {
  return list?.querySelector<HTMLElement>(`[data-key="${CSS.escape(id)}"]`) ?? null;
}
