import { Button } from 'react-aria-components';
import type { LabelRef, ProjectSchema } from '../../core/schema/projectSchema.ts';
import { eventGroupOf, isAceEventType } from '../../core/schema/defaultEventTypes.ts';
import { useLocale } from '../../ui/i18n/useT.ts';
import { HotkeyCapture } from './HotkeyCapture.tsx';

/** Every event takes the same time roles; counting them keeps each entry to the roles that tell events apart. */
function isTimeRole(role: string): boolean {
  return role.startsWith('Time-');
}

/**
 * Event types grouped by their ACE type, with the roles their arguments may take and a hotkey each.
 * The project's own types also offer their role names for editing; the ACE names come with Tawsim.
 */
export function EventTypeList(props: {
  schema: ProjectSchema;
  onHotkey(ref: LabelRef, code: string | null): void;
  onRemove(type: string): void;
  onEditRoleNames(type: string): void;
}) {
  const { t, locale } = useLocale();
  const groups = new Map<string, ProjectSchema['events']>();
  for (const event of props.schema.events) {
    const key = eventGroupOf(event.type).key;
    groups.set(key, [...(groups.get(key) ?? []), event]);
  }
  const separator = locale === 'ar' ? '، ' : ', ';
  return (
    <div className="event-groups">
      {[...groups].map(([key, events]) => (
        <section key={key} className="card event-group" aria-labelledby={`event-group-${key}`}>
          <h3 id={`event-group-${key}`}>{eventGroupOf(key).name?.[locale] ?? key}</h3>
          <ul className="event-list">
            {events.map((event) => (
              <li key={event.type} className="event-item">
                <div className="event-title">
                  <strong>{event.name[locale]}</strong>
                  <code dir="ltr">{event.type}</code>
                </div>
                <p className="muted roles">
                  {t('schema.events.roles')} {event.roles.filter((r) => !isTimeRole(r.role)).map((r) => r.name[locale]).join(separator)}
                  {event.roles.some((r) => isTimeRole(r.role))
                    ? `${separator}${t('schema.events.timeRoles', { n: event.roles.filter((r) => isTimeRole(r.role)).length })}`
                    : ''}
                </p>
                <div className="event-actions">
                  <HotkeyCapture
                    label={t('schema.hotkeyOf', { name: event.name[locale] })}
                    value={event.hotkey}
                    schema={props.schema}
                    self={{ section: 'events', tag: event.type }}
                    onChange={(code) => props.onHotkey({ section: 'events', tag: event.type }, code)}
                  />
                  {isAceEventType(event.type) ? null : (
                    <Button className="button" aria-label={t('schema.events.roleNamesOf', { type: event.type })} onPress={() => props.onEditRoleNames(event.type)}>
                      {t('schema.events.roleNames')}
                    </Button>
                  )}
                  <Button className="button" aria-label={t('schema.events.remove', { type: event.type })} onPress={() => props.onRemove(event.type)}>
                    {t('schema.remove')}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
