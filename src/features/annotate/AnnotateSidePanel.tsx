import { memo } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import type { EntitySpan, EventAnnotation, StanceAnnotation, SuggestionDecision } from '../../core/model/annotation.ts';
import type { DocumentKind } from '../../core/model/document.ts';
import type { EventEdit } from '../../core/events/eventEdits.ts';
import type { EventProblem } from '../../core/events/validateEvents.ts';
import type { ProjectSchema } from '../../core/schema/projectSchema.ts';
import type { StanceTarget } from '../../core/stance/stanceEdits.ts';
import type { TextRange } from '../../core/annotate/textRange.ts';
import { useT } from '../../ui/i18n/useT.ts';
import { EventsPanel } from './EventsPanel.tsx';
import { LabelPalette } from './LabelPalette.tsx';
import { SpanList } from './SpanList.tsx';
import { StancePanel } from './StancePanel.tsx';
import { SuggestionList } from './SuggestionList.tsx';

export interface AnnotateSidePanelProps {
  text: string;
  kind: DocumentKind;
  schema: ProjectSchema;
  spans: readonly EntitySpan[];
  focusedId: string | null;
  suggestions: readonly EntitySpan[];
  events: readonly EventAnnotation[];
  eventProblems: readonly EventProblem[];
  stance: readonly StanceAnnotation[];
  onDecideSuggestions(decision: SuggestionDecision, spans: EntitySpan[]): void;
  onShowSpan(span: EntitySpan): void;
  onLabel(tag: string): void;
  onFocusSpan(span: EntitySpan): void;
  onEditEvent(edit: EventEdit): void;
  onNewDocumentEvent(anchor: DOMRect): void;
  onEmphasis(ranges: TextRange[]): void;
  onSetStance(target: StanceTarget, label: string | null): void;
}

/**
 * The layers beside the document, in tabs: entities (suggestions, label palette, span
 * list), events and stance. Memoised: given stable handlers, a render of the screen that
 * changes none of this (the caret moving, a write committing what is already shown)
 * leaves the tabs and their lists alone.
 */
export const AnnotateSidePanel = memo(function AnnotateSidePanel(props: AnnotateSidePanelProps) {
  const t = useT();
  const { schema, spans } = props;
  return (
    <aside className="annotate-side" aria-label={t('annotate.side')}>
      <Tabs className="side-tabs">
        <TabList aria-label={t('annotate.layers')} className="tab-list">
          <Tab id="entities" className="tab">{t('annotate.tab.entities')}</Tab>
          <Tab id="events" className="tab">
            {t('annotate.tab.events')}
            {props.eventProblems.length ? <span className="flag-dot" aria-label={t('events.problems', { n: props.eventProblems.length })}> ⚠</span> : null}
          </Tab>
          <Tab id="stance" className="tab">{t('annotate.tab.stance')}</Tab>
        </TabList>
        <TabPanel id="entities" className="tab-panel">
          {props.suggestions.length > 0 ? (
            <SuggestionList text={props.text} suggestions={props.suggestions} onDecide={props.onDecideSuggestions} onShow={props.onShowSpan} />
          ) : null}
          <LabelPalette labels={schema.entities} spans={spans} onLabel={props.onLabel} />
          <SpanList text={props.text} spans={spans} labels={schema.entities} focusedId={props.focusedId} onFocusSpan={props.onFocusSpan} />
        </TabPanel>
        <TabPanel id="events" className="tab-panel">
          <EventsPanel
            text={props.text}
            events={props.events}
            entities={spans}
            types={schema.events}
            problems={props.eventProblems}
            onEdit={props.onEditEvent}
            onNewDocumentEvent={props.onNewDocumentEvent}
            onEmphasis={props.onEmphasis}
          />
        </TabPanel>
        <TabPanel id="stance" className="tab-panel">
          <StancePanel
            text={props.text}
            kind={props.kind}
            stance={props.stance}
            entities={spans}
            labels={schema.stanceLabels}
            projectTargets={schema.stanceTargets}
            onSet={props.onSetStance}
          />
        </TabPanel>
      </Tabs>
    </aside>
  );
});
