import { createContext, memo, useContext } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import type { EntitySpan, EventAnnotation, StanceAnnotation, SuggestionDecision } from '../../core/model/annotation.ts';
import type { DocumentKind } from '../../core/model/document.ts';
import type { EventEdit } from '../../core/events/eventEdits.ts';
import type { EventProblem } from '../../core/events/validateEvents.ts';
import type { ProjectSchema } from '../../core/schema/projectSchema.ts';
import type { StanceTarget } from '../../core/stance/stanceEdits.ts';
import type { TextRange } from '../../core/annotate/textRange.ts';
import { DeclaredTabPanel } from '../../ui/DeclaredTabPanel.tsx';
import { useT } from '../../ui/i18n/useT.ts';
import { EventsPanel } from './EventsPanel.tsx';
import { LabelPalette } from './LabelPalette.tsx';
import { SpanList } from './SpanList.tsx';
import { StancePanel } from './StancePanel.tsx';
import { SuggestionList } from './SuggestionList.tsx';
import type { EventSuggestion } from '../../core/annotate/eventSuggestions.ts';

/** What the tabs show, and the handlers they call (which should keep their identity). */
export interface SidePanelContent {
  text: string;
  kind: DocumentKind;
  schema: ProjectSchema;
  spans: readonly EntitySpan[];
  focusedId: string | null;
  suggestions: readonly EntitySpan[];
  events: readonly EventAnnotation[];
  eventProblems: readonly EventProblem[];
  stance: readonly StanceAnnotation[];
  /** Suggested stances the annotator has not decided on yet. */
  stanceSuggestions: readonly StanceAnnotation[];
  /** Suggested events the annotator has not decided on yet. */
  eventSuggestions: readonly EventSuggestion[];
  onDecideSuggestions(decision: SuggestionDecision, spans: EntitySpan[]): void;
  onShowSpan(span: EntitySpan): void;
  onLabel(tag: string): void;
  onFocusSpan(span: EntitySpan): void;
  onEditEvent(edit: EventEdit): void;
  onNewDocumentEvent(anchor: DOMRect): void;
  onEmphasis(ranges: TextRange[]): void;
  onSetStance(target: StanceTarget, label: string | null): void;
  onDecideStance(decision: SuggestionDecision, stance: StanceAnnotation): void;
  onDecideEvent(decision: SuggestionDecision, suggestion: EventSuggestion): void;
}

/**
 * The content reaches the tabs' panels through context, so an edit re-renders the lists
 * that show it but not the tabs around them (react-aria's Tabs re-render and re-walk
 * their panel for a tabbable child on every render).
 */
const SidePanelContext = createContext<SidePanelContent | null>(null);

function useContent(): SidePanelContent {
  const content = useContext(SidePanelContext);
  if (!content) throw new Error('side panel content outside AnnotateSidePanel');
  return content;
}

/** The layers beside the document, in tabs: entities (suggestions, label palette, span list), events and stance. */
export function AnnotateSidePanel({ content }: { content: SidePanelContent }) {
  return (
    <SidePanelContext.Provider value={content}>
      <SideTabs problems={content.eventProblems.length} />
    </SidePanelContext.Provider>
  );
}

const SideTabs = memo(function SideTabs({ problems }: { problems: number }) {
  const t = useT();
  return (
    <aside className="annotate-side" aria-label={t('annotate.side')}>
      <Tabs className="side-tabs">
        <TabList aria-label={t('annotate.layers')} className="tab-list">
          <Tab id="entities" className="tab">{t('annotate.tab.entities')}</Tab>
          <Tab id="events" className="tab">
            {t('annotate.tab.events')}
            {problems ? <span className="flag-dot" aria-label={t('events.problems', { n: problems })}> ⚠</span> : null}
          </Tab>
          <Tab id="stance" className="tab">{t('annotate.tab.stance')}</Tab>
        </TabList>
        <EntitiesTabPanel />
        <TabPanel id="events" className="tab-panel">
          <EventsTab />
        </TabPanel>
        <TabPanel id="stance" className="tab-panel">
          <StanceTab />
        </TabPanel>
      </Tabs>
    </aside>
  );
});

/** Its span list changes with every edit: see DeclaredTabPanel. The palette's labels and the listed spans are buttons. */
function EntitiesTabPanel() {
  const content = useContent();
  const hasTabbableChild = content.schema.entities.length > 0 || content.spans.length > 0 || content.suggestions.length > 0;
  return (
    <DeclaredTabPanel id="entities" className="tab-panel" hasTabbableChild={hasTabbableChild}>
      {content.suggestions.length > 0 ? (
        <SuggestionList text={content.text} suggestions={content.suggestions} onDecide={content.onDecideSuggestions} onShow={content.onShowSpan} />
      ) : null}
      <LabelPalette labels={content.schema.entities} spans={content.spans} onLabel={content.onLabel} />
      <SpanList text={content.text} spans={content.spans} labels={content.schema.entities} focusedId={content.focusedId} onFocusSpan={content.onFocusSpan} />
    </DeclaredTabPanel>
  );
}

function EventsTab() {
  const content = useContent();
  return (
    <EventsPanel
      text={content.text}
      events={content.events}
      suggestions={content.eventSuggestions}
      onDecideSuggestion={content.onDecideEvent}
      entities={content.spans}
      types={content.schema.events}
      problems={content.eventProblems}
      onEdit={content.onEditEvent}
      onNewDocumentEvent={content.onNewDocumentEvent}
      onEmphasis={content.onEmphasis}
    />
  );
}

function StanceTab() {
  const content = useContent();
  return (
    <StancePanel
      text={content.text}
      kind={content.kind}
      stance={content.stance}
      suggestions={content.stanceSuggestions}
      entities={content.spans}
      labels={content.schema.stanceLabels}
      projectTargets={content.schema.stanceTargets}
      onSet={content.onSetStance}
      onDecide={content.onDecideStance}
    />
  );
}
