import { useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import type { EntitySpan, EventAnnotation, SuggestionDecision } from '../../core/model/annotation.ts';
import type { EventSuggestion } from '../../core/annotate/eventSuggestions.ts';
import type { EventType } from '../../core/schema/projectSchema.ts';
import { EVENT_ATTRIBUTE_VALUES, type EventAttribute, type EventEdit } from '../../core/events/eventEdits.ts';
import type { EventProblem } from '../../core/events/validateEvents.ts';
import type { TextRange } from '../../core/annotate/textRange.ts';
import { useLocale, useT } from '../../ui/i18n/useT.ts';
import { refocusIfLost } from '../../ui/refocusIfLost.ts';
import { SelectField } from '../../ui/SelectField.tsx';

export interface EventsPanelProps {
  text: string;
  events: readonly EventAnnotation[];
  /** Suggested events not decided on yet; each can be accepted once its entities are the annotator's. */
  suggestions: readonly EventSuggestion[];
  onDecideSuggestion(decision: SuggestionDecision, suggestion: EventSuggestion): void;
  entities: readonly EntitySpan[];
  types: readonly EventType[];
  problems: readonly EventProblem[];
  onEdit(edit: EventEdit): void;
  onNewDocumentEvent(anchor: DOMRect): void;
  /** Ranges to emphasise in the text while an argument or trigger has the pointer or focus. */
  onEmphasis(ranges: TextRange[]): void;
}

/**
 * The document's events: type, trigger, arguments with their roles, attributes. Each
 * argument names the entity it points at; hovering or focusing it lights up both ends
 * in the text. Problems (a role the type does not allow, an entity that was deleted)
 * are shown on the argument, never fixed silently.
 */
export function EventsPanel(props: EventsPanelProps) {
  const t = useT();
  return (
    <section className="events-panel" aria-labelledby="events-heading">
      <div className="panel-head">
        <h2 id="events-heading">{t('events.heading', { n: props.events.length })}</h2>
        <Button className="button" onPress={(event) => props.onNewDocumentEvent((event.target as HTMLElement).getBoundingClientRect())}>
          {t('events.addDocumentLevel')}
        </Button>
      </div>
      <p className="muted small">{t('events.hint')}</p>
      {props.suggestions.length > 0 ? <EventSuggestionList {...props} /> : null}
      <ol className="event-list">
        {props.events.map((event) => (
          <EventCard key={event.id} {...props} event={event} problems={props.problems.filter((p) => p.eventId === event.id)} />
        ))}
      </ol>
    </section>
  );
}

function EventCard(props: EventsPanelProps & { event: EventAnnotation }) {
  const t = useT();
  const { locale } = useLocale();
  const { event, text } = props;
  const type = props.types.find((candidate) => candidate.type === event.type);
  const entity = (id: string) => props.entities.find((e) => e.id === id);
  const [newEntity, setNewEntity] = useState<string | null>(null);
  const [newRole, setNewRole] = useState<string | null>(null);
  const trigger = event.trigger;
  const emphasise = (ranges: (TextRange | null | undefined)[]) => props.onEmphasis(ranges.filter((r): r is TextRange => !!r));
  const unknownType = props.problems.some((p) => p.kind === 'unknown-type');
  const addArgument = useRef<HTMLDivElement>(null);
  return (
    <li className="card event-card" data-testid={`event-${event.id}`}>
      <div className="event-title">
        <strong>{type ? type.name[locale] : event.type}</strong> <span className="muted" dir="ltr">{event.type}</span>
        {unknownType ? <span className="flag" role="img" aria-label={t('events.problem.unknown-type')}>⚠ {t('events.problem.unknown-type')}</span> : null}
      </div>
      <p
        className="event-trigger"
        tabIndex={0}
        onMouseEnter={() => emphasise([trigger])}
        onMouseLeave={() => props.onEmphasis([])}
        onFocus={() => emphasise([trigger])}
        onBlur={() => props.onEmphasis([])}
      >
        {t('events.trigger')}: {trigger ? <bdi dir="rtl" className="doc-snippet">{text.slice(trigger.start, trigger.end)}</bdi> : <span className="muted">{t('events.noTrigger')}</span>}
      </p>
      <ul className="argument-list" aria-label={t('events.arguments')}>
        {event.arguments.map((argument, index) => {
          const target = entity(argument.entity);
          const problems = props.problems.filter((p) => 'argument' in p && p.argument === index);
          return (
            <li
              key={`${argument.entity}-${argument.role}-${index}`}
              className={`argument${problems.length ? ' flagged' : ''}`}
              tabIndex={0}
              onMouseEnter={() => emphasise([trigger, target])}
              onMouseLeave={() => props.onEmphasis([])}
              onFocus={() => emphasise([trigger, target])}
              onBlur={() => props.onEmphasis([])}
              data-testid="event-argument"
            >
              {/* bdi: a role named only by its Latin id keeps its place beside the arrow in the Arabic interface. */}
              <bdi className="role">{type?.roles.find((r) => r.role === argument.role)?.name[locale] ?? argument.role}</bdi>
              <span aria-hidden="true"> ← </span>
              {target ? (
                <bdi dir="rtl" className="doc-snippet">{text.slice(target.start, target.end)}</bdi>
              ) : (
                <span className="muted">{t('events.deletedEntity', { id: argument.entity })}</span>
              )}
              {problems.map((problem) => (
                <span key={problem.kind} className="flag" role="alert">⚠ {t(`events.problem.${problem.kind}`)}</span>
              ))}
              <Button className="button small" aria-label={t('events.removeArgument')} onPress={() => props.onEdit({ op: 'remove-argument', id: event.id, index })}>×</Button>
            </li>
          );
        })}
      </ul>
      <div className="add-argument" ref={addArgument}>
        <SelectField
          label={t('events.entity')}
          placeholder={t('events.chooseEntity')}
          value={newEntity}
          onChange={setNewEntity}
          options={props.entities.map((e) => ({ id: e.id, label: `${e.label}: ${text.slice(e.start, e.end)}` }))}
        />
        <SelectField
          label={t('events.role')}
          placeholder={t('events.chooseRole')}
          value={newRole}
          onChange={setNewRole}
          options={(type?.roles ?? []).map((role) => ({ id: role.role, label: role.name[locale] }))}
        />
        <Button
          className="button"
          isDisabled={!newEntity || !newRole}
          onPress={() => {
            props.onEdit({ op: 'add-argument', id: event.id, argument: { entity: newEntity!, role: newRole! } });
            setNewEntity(null);
            setNewRole(null);
            // The button is disabled until both are chosen again: the next argument starts at the entity.
            refocusIfLost(() => addArgument.current?.querySelector<HTMLElement>('button')?.focus());
          }}
        >
          {t('events.addArgument')}
        </Button>
      </div>
      <details className="event-attributes">
        <summary>{t('events.attributes')}</summary>
        {(Object.keys(EVENT_ATTRIBUTE_VALUES) as EventAttribute[]).map((attribute) => (
          <SelectField
            key={attribute}
            label={t(`events.attribute.${attribute}`)}
            value={event.attributes?.[attribute] ?? '—'}
            onChange={(value) => props.onEdit({ op: 'set-attribute', id: event.id, attribute, value: value === '—' ? null : value })}
            options={[{ id: '—', label: '—' }, ...EVENT_ATTRIBUTE_VALUES[attribute].map((value) => ({ id: value, label: value }))]}
          />
        ))}
      </details>
      <Button className="button danger small" onPress={() => props.onEdit({ op: 'remove-event', id: event.id })}>{t('events.remove')}</Button>
    </li>
  );
}

/** Pre-annotated events from an import, to accept into one's own set (with the entities they need) or reject. */
function EventSuggestionList(props: EventsPanelProps) {
  const t = useT();
  const { locale } = useLocale();
  const typeOf = (type: string) => props.types.find((candidate) => candidate.type === type);
  return (
    <section className="suggestions event-suggestions" aria-labelledby="event-suggestions-heading">
      <h3 id="event-suggestions-heading">{t('events.suggestionsHeading', { n: props.suggestions.length })}</h3>
      <ul className="suggestion-list">
        {props.suggestions.map((suggestion) => {
          const { event } = suggestion;
          const type = typeOf(event.type);
          const name = type?.name[locale] ?? event.type;
          return (
            <li key={suggestion.key} className="suggestion-row event-suggestion" data-testid="event-suggestion">
              <div>
                <strong>{name}</strong>
                {event.trigger ? <> · <bdi dir="rtl" className="doc-snippet">{props.text.slice(event.trigger.start, event.trigger.end)}</bdi></> : null}
                <ul className="argument-list">
                  {suggestion.arguments.map((argument, i) => (
                    <li key={i} className="argument">
                      <bdi className="role">{type?.roles.find((r) => r.role === argument.role)?.name[locale] ?? argument.role}</bdi>
                      <span aria-hidden="true"> ← </span>
                      {argument.span ? <bdi dir="rtl" className="doc-snippet">{props.text.slice(argument.span.start, argument.span.end)}</bdi> : <span className="muted">—</span>}
                    </li>
                  ))}
                </ul>
                {!suggestion.acceptable ? (
                  <p className="muted small">{t('events.argumentUnknown')}</p>
                ) : suggestion.missing.length > 0 ? (
                  <p className="muted small">{t('events.addsEntities', { n: suggestion.missing.length })}</p>
                ) : null}
              </div>
              <Button
                className="button small"
                isDisabled={!suggestion.acceptable}
                aria-label={t('events.acceptSuggestion', { type: name })}
                onPress={() => props.onDecideSuggestion('accepted', suggestion)}
              >
                {t('suggestions.accept')}
              </Button>
              <Button className="button small" aria-label={t('events.rejectSuggestion', { type: name })} onPress={() => props.onDecideSuggestion('rejected', suggestion)}>
                {t('suggestions.reject')}
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
