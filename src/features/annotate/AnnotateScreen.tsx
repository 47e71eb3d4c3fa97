import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useAfterPaint } from '../../ui/useAfterPaint.ts';
import { ToggleButton } from 'react-aria-components';
import { SUGGESTION_ANNOTATOR, type EntitySpan, type StanceAnnotation, type SuggestionDecision } from '../../core/model/annotation.ts';
import { openStanceSuggestions, openSuggestions } from '../../core/annotate/suggestions.ts';
import type { EntityLabel, ProjectSchema } from '../../core/schema/projectSchema.ts';
import { validateEvents } from '../../core/events/validateEvents.ts';
import { newEventId, type EventEdit } from '../../core/events/eventEdits.ts';
import { tokenizeWords, wordAt } from '../../core/annotate/arabicWords.ts';
import { arrowKeyToLogical, caretRange, moveCaret, nextSpan, previousSpan, spanAtCaret, type CaretSelection } from '../../core/annotate/caretMovement.ts';
import { resizeByWord, type SpanEdge } from '../../core/annotate/resizeByWord.ts';
import { spansToFit } from '../../core/annotate/spansToFit.ts';
import { startChoices } from '../../core/annotate/startChoices.ts';
import type { StanceTarget } from '../../core/stance/stanceEdits.ts';
import { snapWithProcliticSplit, trimSelection } from '../../core/annotate/selectionSnap.ts';
import { newSpanId } from '../../core/annotate/spanId.ts';
import { textBlocks } from '../../core/annotate/textBlocks.ts';
import type { TextRange } from '../../core/annotate/textRange.ts';
import { StorageFullError } from '../../storage/storageErrors.ts';
import type { DocumentRecord } from '../../storage/tawsimSchema.ts';
import { useLocale, useT } from '../../ui/i18n/useT.ts';
import { navigate, routeHref } from '../../ui/router.ts';
import { useAnnotationSet } from './api/useAnnotationSet.ts';
import type { AnnotationCommand } from './api/annotationCommand.ts';
import { useEditAnnotations } from './api/useEditAnnotations.ts';
import { nextSpanId } from './api/recordSpanIds.ts';
import { useNeighbours } from '../../ui/data/useNeighbours.ts';
import { useStatusFilter } from '../../ui/data/useStatusFilter.ts';
import { filterStatuses } from '../../core/model/statusFilter.ts';
import { DocumentView, type DocumentViewHandle, type ViewLabel } from '../../ui/documentView/DocumentView.tsx';
import { LabelMenu } from '../../ui/labelMenu/LabelMenu.tsx';
import { annotateAction } from './annotateKeys.ts';
import { highlightsSupported } from '../../ui/documentView/highlightPainter.ts';
import { DocumentFacts } from './DocumentFacts.tsx';
import { AnnotateSidePanel, type SidePanelContent } from './AnnotateSidePanel.tsx';
import { EventTypePicker } from './EventTypePicker.tsx';
import { GuidelinesPanel } from './GuidelinesPanel.tsx';
import { useGuidelinesOpen } from './useGuidelinesOpen.ts';
import { annotateShortcuts } from './annotateShortcuts.ts';
import { useScreenShortcuts } from '../../ui/shortcuts/ShortcutProvider.tsx';
import { useRecordActivity } from './api/useRecordActivity.ts';
import { ShortcutButton } from './ShortcutButton.tsx';
import { FindBar } from './FindBar.tsx';
import { useFindInDocument } from './useFindInDocument.ts';
import { MAX_TAG_ALL, untaggedMatches } from './untaggedMatches.ts';
import { focusIsLost, refocusIfLost } from '../../ui/refocusIfLost.ts';
import { useLatestCallback } from '../../ui/useLatestCallback.ts';
import './guidelines.css';
import { textDirection } from '../../core/text/textDirection.ts';
import { directionAt } from '../../core/annotate/directionAt.ts';
import { openEventSuggestions, type EventSuggestion } from '../../core/annotate/eventSuggestions.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';

/** One empty list for a set without events or stance, so the memoised panels see no change. */
const NONE: readonly never[] = [];

type Menu =
  | { kind: 'new'; range: TextRange; anchor: DOMRect }
  | { kind: 'span'; spanId: string; anchor: DOMRect }
  | { kind: 'event'; trigger: TextRange | null; anchor: DOMRect }
  | { kind: 'all'; anchor: DOMRect };

export interface AnnotateScreenProps {
  projectId: string;
  record: DocumentRecord;
  text: string;
  schema: ProjectSchema;
  annotator: string;
  /** Editing the document's gold version (annotator is gold): back and next stay in the review. */
  gold?: boolean;
}

/** Tag entities in one document, by mouse or keyboard alone. */
export function AnnotateScreen({ projectId, record, text, schema, annotator, gold = false }: AnnotateScreenProps) {
  const labels = schema.entities;
  const t = useT();
  const { locale } = useLocale();
  const docId = record.id;
  const view = useRef<DocumentViewHandle>(null);
  const tokens = useMemo(() => tokenizeWords(text), [text]);
  const blocks = useMemo(() => textBlocks(text), [text]);
  const set = useAnnotationSet(projectId, docId, annotator);
  const suggestedSet = useAnnotationSet(projectId, docId, SUGGESTION_ANNOTATOR);
  const edit = useEditAnnotations(projectId, docId, annotator);
  // Next and previous follow the document list's filter (To do, Done) of this annotator; gold goes in import order.
  const listFilter = useStatusFilter(projectId).data ?? 'all';
  const followed = gold ? 'all' : listFilter;
  const neighbours = useNeighbours(projectId, docId, record.seq, followed === 'all' ? null : { annotator, statuses: filterStatuses[followed] });
  const spans = set.data?.entities ?? [];
  const firstWord = tokens.find((token) => token.kind !== 'punct')?.start ?? 0;
  const [caret, setCaret] = useState<CaretSelection>({ anchor: firstWord, focus: firstWord });
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [menu, setMenu] = useState<Menu | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [emphasis, setEmphasis] = useState<TextRange[]>([]);
  const [guidelinesOpen, setGuidelinesOpen] = useGuidelinesOpen();
  useDocumentTitle(record.title, gold ? t('review.open') : null);
  // The text takes the keys as the document opens (from the list, by Alt+↓, after naming the
  // annotator), so a keyboard session goes on from document to document; unless the user has
  // put the focus somewhere else while it loaded. The page stays where it is, title in sight.
  useEffect(() => {
    if (focusIsLost()) view.current?.focus({ preventScroll: true });
  }, []);
  useScreenShortcuts(useMemo(() => annotateShortcuts(t, schema, locale), [t, schema, locale]));
  const recordActivity = useRecordActivity(projectId, docId, annotator);
  const suggestions = useMemo(
    () => openSuggestions(suggestedSet.data?.entities ?? [], spans, set.data?.decisions),
    [suggestedSet.data, spans, set.data?.decisions],
  );
  const events = set.data?.events ?? NONE;
  const stance = set.data?.stance ?? NONE;
  const eventSuggestions = useMemo(
    () => openEventSuggestions(suggestedSet.data?.events ?? NONE, suggestedSet.data?.entities ?? NONE, events, spans, set.data?.decisions),
    [suggestedSet.data, events, spans, set.data?.decisions],
  );
  const stanceSuggestions = useMemo(
    () => openStanceSuggestions(suggestedSet.data?.stance ?? NONE, stance, set.data?.decisions),
    [suggestedSet.data, stance, set.data?.decisions],
  );
  const eventProblems = useMemo(() => validateEvents(events, spans, schema.events, text.length), [events, spans, schema.events, text.length]);
  const triggers = useMemo(() => events.flatMap((event) => (event.trigger ? [event.trigger] : [])), [events]);

  const viewLabels = useMemo(
    () => new Map<string, ViewLabel>(labels.map((label, index) => [label.tag, { index, color: label.color, text: label.tag }])),
    [labels],
  );
  const focused = spans.find((span) => span.id === focusedId) ?? null;
  const caretWords = useMemo(() => caretRange(tokens, caret), [tokens, caret]);
  const find = useFindInDocument(text);
  const findInput = useRef<HTMLInputElement>(null);
  // On a match it found, the caret is the match itself (a label key tags it as found, "الرباط" out of
  // "بالرباط"); anywhere else, the words under the caret.
  const onMatch = find.current !== null && caret.anchor === find.current.start && caret.focus === find.current.end;
  const tagRange = onMatch ? find.current : caretWords;

  // Another tab editing the same document: its edits are merged (each edit is applied to
  // the latest stored version), and the annotator is told the view changed under them.
  const seenRevision = useRef<number | null>(null);
  const revision = set.data?.rev;
  useEffect(() => {
    if (revision === undefined) return;
    if (seenRevision.current !== null && revision > seenRevision.current && !edit.isOwnRevision(revision)) setNotice(t('annotate.otherTab'));
    seenRevision.current = revision;
  }, [revision, edit, t]);

  const run = useCallback(
    (command: AnnotationCommand, onDone?: (added: number | undefined) => void) => {
      edit.mutate(command, {
        onSuccess: ({ result }) => {
          if (!result.ok) setNotice(t(`annotate.refused.${result.reason}` as Parameters<typeof t>[0]));
          else {
            setNotice(null);
            recordActivity();
            onDone?.(result.added);
          }
          // Undo with nothing left to undo is disabled, an event card or argument removed: the keys go on from the text.
          refocusIfLost(() => view.current?.focus({ preventScroll: true }));
        },
      });
    },
    [edit, t, recordActivity],
  );

  const addSpan = (range: TextRange, label: string) => {
    const span: EntitySpan = { id: set.data ? nextSpanId(set.data) : newSpanId([]), start: range.start, end: range.end, label };
    view.current?.prepareTag(span.start);
    // Started first, so that the write's IndexedDB read is under way while React renders
    // (its microtasks are queued before the render's). The span shows in that render,
    // "Saving…" until the write has committed.
    run({ type: 'edit', edit: { op: 'add', span } });
    // The caret moves at once, so keys pressed while the write commits act from there.
    setMenu(null);
    setFocusedId(span.id);
    setCaret({ anchor: span.start, focus: span.start });
    view.current?.focus();
  };

  const openSpanMenu = (span: EntitySpan) => {
    const anchor = view.current?.rectOf(span.start, span.end);
    if (anchor) setMenu({ kind: 'span', spanId: span.id, anchor });
  };

  const openNewMenu = (range: TextRange) => {
    const anchor = view.current?.rectOf(range.start, range.end);
    if (anchor) setMenu({ kind: 'new', range, anchor });
  };

  /** Gives a span the bounds of a mouse selection; it keeps its id, so events still point at it. */
  const fitSpan = (id: string, range: TextRange) => {
    run({ type: 'resize', id, bounds: () => range });
    setMenu(null);
    setFocusedId(id);
    setCaret({ anchor: range.start, focus: range.start });
    view.current?.focus();
  };

  /** Moves an edge of the focused span by a word (a proclitic at the start); the span keeps its id, so events still point at it. */
  const resizeFocused = (edge: SpanEdge, key: 'ArrowLeft' | 'ArrowRight') => {
    if (!focused) return;
    const direction = arrowKeyToLogical(key, directionAt(text, blocks, caret.focus));
    const next = resizeByWord(tokens, focused, edge, direction);
    if (!next) return;
    // Worked out again from the span as stored when the write runs, not from this render's copy.
    run({ type: 'resize', id: focused.id, bounds: (span) => resizeByWord(tokens, span, edge, direction) });
    setCaret({ anchor: next.start, focus: next.start });
    view.current?.reveal(edge === 'start' ? next.start : next.end);
  };

  const goToMatch = (match: TextRange | null) => {
    if (!match) return;
    setFocusedId(null);
    setCaret({ anchor: match.start, focus: match.end });
    view.current?.reveal(match.start);
  };

  const caretSpan = (): TextRange => ({ start: Math.min(caret.anchor, caret.focus), end: Math.max(caret.anchor, caret.focus) });
  const stepFind = (direction: 1 | -1) => goToMatch(find.step(direction, caretSpan()));

  const openFind = () => {
    if (find.open) findInput.current?.focus();
    else goToMatch(find.openBar(caretSpan().start));
  };

  /** Tags every match of the find not tagged so with `tag` yet, as one edit (one undo). */
  const tagAllMatches = (tag: string) => {
    const chosen = untaggedMatches(find.matches, spans, tag);
    setMenu(null);
    // To the text, where Ctrl+Z undoes the batch; after the menu's popover has put focus back where it was.
    requestAnimationFrame(() => view.current?.focus());
    if (!chosen.ok) {
      setNotice(t('find.tooMany', { n: chosen.count, max: MAX_TAG_ALL }));
      return;
    }
    const untagged = chosen.matches;
    if (untagged.length === 0) {
      setNotice(t('find.allTagged', { label: tag }));
      return;
    }
    run({ type: 'tag-all', matches: untagged, tag }, (added) => setNotice(t('find.tagged', { n: added ?? untagged.length, label: tag })));
  };

  /** Find keys work wherever the focus is on the screen, not only in the text. */
  const onScreenKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.defaultPrevented) return;
    const action = annotateAction(event);
    if (action?.type === 'find') openFind();
    else if (action?.type === 'find-next' || action?.type === 'find-previous') stepFind(action.type === 'find-next' ? 1 : -1);
    else if (action?.type === 'switch-pane') switchPane(event.currentTarget);
    else return;
    event.preventDefault();
  };

  /** From the text to the side panel's open tab, from anywhere else back to the text: past every span Tab stops at. */
  const switchPane = (screen: HTMLElement) => {
    const inText = document.activeElement?.closest('[data-testid="document-view"]') != null;
    if (inText) screen.querySelector<HTMLElement>('.annotate-side [role="tab"][aria-selected="true"]')?.focus();
    else view.current?.focus({ preventScroll: true });
  };

  const goTo = (target: string | null | undefined) => {
    if (target) navigate({ name: gold ? 'goldDocument' : 'document', projectId, docId: target });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const action = annotateAction(event);
    if (!action) return;
    switch (action.type) {
      case 'move-start':
        if (focused) resizeFocused('start', action.key);
        break;
      case 'move': {
        // On a span (Tab), Shift+arrow moves its end instead of extending the caret.
        if (action.extend && focused) {
          resizeFocused('end', action.key);
          break;
        }
        const next = moveCaret(tokens, caret, arrowKeyToLogical(action.key, directionAt(text, blocks, caret.focus)), action.extend);
        setCaret(next);
        setFocusedId(null);
        view.current?.reveal(next.focus);
        break;
      }
      case 'edge': {
        const words = tokens.filter((token) => token.kind !== 'punct');
        const target = (action.edge === 'start' ? words[0] : words[words.length - 1])?.start ?? 0;
        setCaret({ anchor: action.extend ? caret.anchor : target, focus: target });
        setFocusedId(null);
        view.current?.reveal(target);
        break;
      }
      case 'label': {
        const label = labels.find((l) => l.hotkey === action.code);
        if (!label) return;
        if (focused) run({ type: 'edit', edit: { op: 'relabel', id: focused.id, label: label.tag } });
        else if (tagRange) addSpan(tagRange, label.tag);
        break;
      }
      case 'delete': {
        const target = focused ?? spanAtCaret(spans, caret.focus);
        if (target) run({ type: 'edit', edit: { op: 'remove', id: target.id } }, () => setFocusedId(null));
        break;
      }
      case 'next-span':
      case 'previous-span': {
        const target = (action.type === 'next-span' ? nextSpan : previousSpan)(spans, focused?.start ?? caret.focus, focused?.id);
        if (!target) return;
        setFocusedId(target.id);
        setCaret({ anchor: target.start, focus: target.start });
        view.current?.reveal(target.start);
        break;
      }
      case 'new-event': {
        const trigger = focused ? { start: focused.start, end: focused.end } : tagRange;
        const anchor = trigger && view.current?.rectOf(trigger.start, trigger.end);
        if (trigger && anchor) setMenu({ kind: 'event', trigger, anchor });
        break;
      }
      case 'open-menu':
        if (focused) openSpanMenu(focused);
        else if (tagRange) openNewMenu(tagRange);
        break;
      case 'escape':
        setFocusedId(null);
        setCaret({ anchor: caret.focus, focus: caret.focus });
        break;
      case 'undo':
      case 'redo':
        run({ type: action.type });
        break;
      case 'toggle-done':
        run({ type: 'status', status: set.data?.status === 'done' ? 'in_progress' : 'done' });
        break;
      case 'next-document':
        goTo(neighbours.data?.next);
        break;
      case 'previous-document':
        goTo(neighbours.data?.previous);
        break;
      case 'toggle-guidelines':
        setGuidelinesOpen(!guidelinesOpen);
        break;
      case 'find':
      case 'find-next':
      case 'find-previous':
      case 'switch-pane':
        // Left to the screen's handler (onScreenKeyDown), which takes them wherever the focus is.
        return;
    }
    event.preventDefault();
  };

  const onSelectText = ({ anchor, focus, precise }: { anchor: number; focus: number; precise: boolean }) => {
    const range = precise ? trimSelection(text, anchor, focus) : snapWithProcliticSplit(tokens, anchor, focus);
    if (!range) return;
    setFocusedId(null);
    const word = wordAt(tokens, range.start);
    setCaret({ anchor: word?.start ?? range.start, focus: word?.start ?? range.start });
    openNewMenu(range);
  };

  const onClickOffset = (offset: number) => {
    const span = spanAtCaret(spans, offset);
    if (span) {
      setFocusedId(span.id);
      openSpanMenu(span);
      return;
    }
    const word = wordAt(tokens, offset);
    setFocusedId(null);
    if (word) setCaret({ anchor: word.start, focus: word.start });
  };

  const menuSpan = menu?.kind === 'span' ? spans.find((s) => s.id === menu.spanId) : undefined;
  const status = set.data?.status ?? 'new';
  const saveState = edit.isPending ? 'saving' : edit.isError ? 'failed' : 'saved';
  // Stable handlers for the memoised document view and buttons, which then skip the
  // re-renders that do not concern them (the write committing, the saved indicator).
  const selectTextInView = useLatestCallback(onSelectText);
  const clickInView = useLatestCallback(onClickOffset);
  const keyDownInView = useLatestCallback(onKeyDown);
  const toggleDone = useLatestCallback(() => run({ type: 'status', status: status === 'done' ? 'in_progress' : 'done' }));
  const goPrevious = useLatestCallback(() => goTo(neighbours.data?.previous));
  const goNext = useLatestCallback(() => goTo(neighbours.data?.next));
  const undo = useLatestCallback(() => run({ type: 'undo' }));
  const redo = useLatestCallback(() => run({ type: 'redo' }));
  const decideSuggestions = useLatestCallback((decision: SuggestionDecision, chosen: EntitySpan[]) => run({ type: 'suggestions', decision, spans: chosen }));
  const showSpan = useLatestCallback((span: EntitySpan) => view.current?.reveal(span.start));
  const focusSpan = useLatestCallback((span: EntitySpan) => {
    setFocusedId(span.id);
    setCaret({ anchor: span.start, focus: span.start });
    view.current?.reveal(span.start);
    view.current?.focus();
  });
  const editEvent = useLatestCallback((eventEdit: EventEdit) => run({ type: 'event', edit: eventEdit }));
  const newDocumentEvent = useLatestCallback((anchor: DOMRect) => setMenu({ kind: 'event', trigger: null, anchor }));
  const setStance = useLatestCallback((target: StanceTarget, label: string | null) => run({ type: 'stance', target, label }));
  const decideEvent = useLatestCallback((decision: SuggestionDecision, suggestion: EventSuggestion) => run({ type: 'event-suggestion', decision, suggestion }));
  const decideStance = useLatestCallback((decision: SuggestionDecision, suggested: StanceAnnotation) => run({ type: 'stance-suggestion', decision, stance: suggested }));
  // The same element while it is unchanged, so React skips it on every other render.
  const guidelinesToggle = useMemo(
    () => (
      <ToggleButton className="button" isSelected={guidelinesOpen} onChange={setGuidelinesOpen}>
        {t('guidelines.toggle')} <kbd>Alt+G</kbd>
      </ToggleButton>
    ),
    [guidelinesOpen, setGuidelinesOpen, t],
  );
  const findButton = useLatestCallback(openFind);
  const closeGuidelines = () => {
    setGuidelinesOpen(false);
    refocusIfLost(() => view.current?.focus({ preventScroll: true }));
  };
  const labelFromPalette = useLatestCallback((tag: string) => {
    if (focused) run({ type: 'edit', edit: { op: 'relabel', id: focused.id, label: tag } });
    else if (tagRange) addSpan(tagRange, tag);
  });
  const sidePanel = useMemo(
    (): SidePanelContent => ({
      text,
      kind: record.kind,
      schema,
      spans,
      focusedId,
      suggestions,
      events,
      eventProblems,
      stance,
      stanceSuggestions,
      eventSuggestions,
      onDecideSuggestions: decideSuggestions,
      onShowSpan: showSpan,
      onLabel: labelFromPalette,
      onFocusSpan: focusSpan,
      onEditEvent: editEvent,
      onNewDocumentEvent: newDocumentEvent,
      onEmphasis: setEmphasis,
      onSetStance: setStance,
      onDecideStance: decideStance,
      onDecideEvent: decideEvent,
    }),
    [text, record.kind, schema, spans, focusedId, suggestions, events, eventProblems, stance, stanceSuggestions, eventSuggestions, decideSuggestions, showSpan, labelFromPalette, focusSpan, editEvent, newDocumentEvent, setStance, decideStance, decideEvent],
  );
  // The side panel follows an edit one frame after the text shows it: the keystroke's
  // frame lays out and paints the document view's change alone.
  const deferredSidePanel = useAfterPaint(sidePanel);

  return (
    <article className="annotate" aria-labelledby="annotate-title" onKeyDown={onScreenKeyDown}>
      <div className="annotate-head">
        {gold ? (
          <a className="back-link" href={routeHref({ name: 'reviewDocument', projectId, docId })}>{t('review.backToDocument')}</a>
        ) : (
          <a className="back-link" href={routeHref({ name: 'project', projectId })}>{t('doc.back')}</a>
        )}
        <h1 id="annotate-title" dir={textDirection(record.title)} className="reader-title">{record.title}</h1>
        {gold ? <p className="notice" data-testid="gold-editing">{t('review.editingGold')}</p> : null}
        <DocumentFacts record={record} />
        <div className="annotate-bar">
          <span className={`badge status-${status}`} data-testid="doc-status">{t(`status.${status}`)}</span>
          <ShortcutButton label={status === 'done' ? t('annotate.reopen') : t('annotate.markDone')} shortcut="Ctrl+Enter" onPress={toggleDone} />
          <ShortcutButton label={followed === 'all' ? t('annotate.previous') : t(`annotate.previous.${followed}`)} shortcut="Alt+↑" isDisabled={!neighbours.data?.previous} onPress={goPrevious} />
          <ShortcutButton label={followed === 'all' ? t('annotate.next') : t(`annotate.next.${followed}`)} shortcut="Alt+↓" isDisabled={!neighbours.data?.next} onPress={goNext} />
          {guidelinesToggle}
          <ShortcutButton label={t('find.open')} shortcut="Ctrl+F" onPress={findButton} />
          <ShortcutButton label={t('annotate.undo')} isDisabled={!set.data?.history?.undo.length} onPress={undo} />
          <ShortcutButton label={t('annotate.redo')} isDisabled={!set.data?.history?.redo.length} onPress={redo} />
          <span className={`save-state ${saveState}`} role="status" data-testid="save-state">
            {saveState === 'saving' ? t('annotate.saving') : saveState === 'failed' ? t('annotate.notSaved') : t('annotate.saved')}
          </span>
        </div>
        {edit.error ? (
          <p className="notice error" role="alert">
            {edit.error instanceof StorageFullError ? t('storage.full') : `${t('annotate.notSaved')} ${edit.error.message}`}
          </p>
        ) : null}
        {notice ? <p className="notice" role="status">{notice}</p> : null}
        {!highlightsSupported() ? <p className="notice error" role="alert">{t('annotate.noHighlights')}</p> : null}
      </div>
      <div className={guidelinesOpen ? 'annotate-body with-guidelines' : 'annotate-body'}>
        <div className="annotate-main">
          <p id="annotate-help" className="visually-hidden">{t('annotate.help')}</p>
          {find.open ? (
            <FindBar
              inputRef={findInput}
              query={find.query}
              total={find.matches.length}
              current={find.index + 1}
              onQuery={(query) => goToMatch(find.search(query, caretSpan().start))}
              onStep={stepFind}
              onTagAll={(anchor) => setMenu({ kind: 'all', anchor })}
              onClose={() => {
                find.closeBar();
                view.current?.focus();
              }}
            />
          ) : null}
          <DocumentView
            ref={view}
            text={text}
            blocks={blocks}
            spans={spans}
            labels={viewLabels}
            caret={tagRange}
            pending={menu?.kind === 'new' ? menu.range : null}
            focus={focused}
            triggers={triggers}
            suggestions={suggestions}
            emphasis={emphasis}
            found={find.open ? find.matches : NONE}
            label={t('annotate.textLabel')}
            describedBy="annotate-help"
            onSelectText={selectTextInView}
            onClickOffset={clickInView}
            onKeyDown={keyDownInView}
          />
          <p className="visually-hidden" aria-live="polite">
            {liveText(text, labels, locale, focused, tagRange)}
          </p>
        </div>
        {guidelinesOpen ? <GuidelinesPanel projectId={projectId} guidelines={schema.guidelines} onClose={closeGuidelines} /> : null}
        <AnnotateSidePanel content={deferredSidePanel} />
      </div>
      {menu?.kind === 'new' ? (
        <LabelMenu
          anchor={menu.anchor}
          labels={labels}
          preview={text.slice(menu.range.start, menu.range.end)}
          starts={startChoices(text, tokens, menu.range)}
          start={menu.range.start}
          onStart={(offset) => setMenu({ ...menu, range: { start: offset, end: menu.range.end } })}
          onLabel={(tag) => addSpan(menu.range, tag)}
          fits={spansToFit(spans, menu.range).map((span) => ({ id: span.id, label: span.label, text: text.slice(span.start, span.end) }))}
          onFit={(id) => fitSpan(id, menu.range)}
          onClose={() => {
            setMenu(null);
            view.current?.focus();
          }}
        />
      ) : null}
      {menu?.kind === 'all' && find.matches.length > 0 ? (
        <LabelMenu
          anchor={menu.anchor}
          labels={labels}
          title={t('find.tagAllTitle', { n: find.matches.length })}
          preview={text.slice(find.matches[0]!.start, find.matches[0]!.end)}
          onLabel={tagAllMatches}
          onClose={() => {
            setMenu(null);
            findInput.current?.focus();
          }}
        />
      ) : null}
      {menu?.kind === 'event' ? (
        <EventTypePicker
          anchor={menu.anchor}
          types={schema.events}
          trigger={menu.trigger ? text.slice(menu.trigger.start, menu.trigger.end) : null}
          onPick={(type) => {
            const trigger = menu.trigger;
            setMenu(null);
            run({ type: 'event', edit: { op: 'add-event', event: { id: newEventId(events), type, trigger, arguments: [] } } });
            view.current?.focus();
          }}
          onClose={() => {
            setMenu(null);
            view.current?.focus();
          }}
        />
      ) : null}
      {menu?.kind === 'span' && menuSpan ? (
        <LabelMenu
          anchor={menu.anchor}
          labels={labels}
          preview={text.slice(menuSpan.start, menuSpan.end)}
          currentLabel={menuSpan.label}
          onLabel={(tag) =>
            run({ type: 'edit', edit: { op: 'relabel', id: menuSpan.id, label: tag } }, () => {
              setMenu(null);
              view.current?.focus();
            })
          }
          onDelete={() =>
            run({ type: 'edit', edit: { op: 'remove', id: menuSpan.id } }, () => {
              setMenu(null);
              setFocusedId(null);
              view.current?.focus();
            })
          }
          onClose={() => {
            setMenu(null);
            view.current?.focus();
          }}
        />
      ) : null}
    </article>
  );
}

/**
 * What the live region says: the focused span with its label (after tagging, and on Tab from
 * span to span), so a screen reader user hears what the text is tagged as; else the caret's words.
 */
function liveText(text: string, labels: readonly EntityLabel[], locale: 'en' | 'ar', span: EntitySpan | null, caret: TextRange | null): string {
  if (span) return `${text.slice(span.start, span.end)}: ${labelName(labels, span.label, locale)}`;
  return caret ? text.slice(caret.start, caret.end) : '';
}

function labelName(labels: readonly EntityLabel[], tag: string, locale: 'en' | 'ar'): string {
  const label = labels.find((l) => l.tag === tag);
  return label ? `${label.tag}, ${label.name[locale]}` : tag;
}
