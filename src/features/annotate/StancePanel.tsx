import { type KeyboardEvent } from 'react';
import { Button, ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import type { EntitySpan, StanceAnnotation, SuggestionDecision } from '../../core/model/annotation.ts';
import type { StanceLabel } from '../../core/schema/projectSchema.ts';
import { hotkeyLabel } from '../../core/schema/schemaEdits.ts';
import { danglingStances, stanceTargetKey, stanceTargets, targetOf, type StanceTarget } from '../../core/stance/stanceEdits.ts';
import type { DocumentKind } from '../../core/model/document.ts';
import { isolated } from '../../ui/i18n/isolated.ts';
import { useLocale, useT } from '../../ui/i18n/useT.ts';
import { safeColor } from '../../ui/documentView/highlightStyles.ts';

/**
 * Stance of this document (an article or a headline) toward each target: the project's
 * free-text targets, then the document's entities. Each row takes the labels' one-key
 * hotkeys while it has focus; a stance toward a deleted entity is flagged, not dropped.
 */
export function StancePanel(props: {
  text: string;
  kind: DocumentKind;
  stance: readonly StanceAnnotation[];
  entities: readonly EntitySpan[];
  labels: readonly StanceLabel[];
  projectTargets: readonly string[];
  /** Suggested stances not decided on yet (free-text targets), shown on their targets' rows to accept or reject. */
  suggestions: readonly StanceAnnotation[];
  onSet(target: StanceTarget, label: string | null): void;
  onDecide(decision: SuggestionDecision, stance: StanceAnnotation): void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const targets = stanceTargets(props.projectTargets, props.entities, props.text, [...props.stance, ...props.suggestions]);
  const suggestedFor = new Map<string, StanceAnnotation[]>();
  for (const suggestion of props.suggestions) {
    const key = stanceTargetKey(suggestion);
    suggestedFor.set(key, [...(suggestedFor.get(key) ?? []), suggestion]);
  }
  const labelName = (tag: string) => props.labels.find((label) => label.tag === tag)?.name[locale] ?? tag;
  const known = new Set(props.labels.map((label) => label.tag));
  const byKey = new Map(props.stance.map((s) => [stanceTargetKey(s), s]));
  const dangling = danglingStances(props.stance, props.entities);
  const onKeyDown = (target: StanceTarget) => (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const label = props.labels.find((l) => l.hotkey === event.code);
    if (!label) return;
    event.preventDefault();
    const current = byKey.get(stanceTargetKey(targetOf(target)))?.label;
    props.onSet(target, current === label.tag ? null : label.tag);
  };
  return (
    <section className="stance-panel" aria-labelledby="stance-heading">
      <h2 id="stance-heading">{props.kind === 'headline' ? t('stance.headingHeadline') : t('stance.headingArticle')}</h2>
      {targets.length === 0 ? <p className="muted">{t('stance.noTargets')}</p> : null}
      <ul className="stance-list">
        {targets.map((target) => {
          const key = stanceTargetKey(targetOf(target));
          const current = byKey.get(key)?.label ?? null;
          return (
            <li key={key} className="stance-row" tabIndex={0} onKeyDown={onKeyDown(target)} data-testid="stance-row" aria-label={t('stance.rowLabel', { target: target.text })}>
              <span className="stance-target">
                {target.kind === 'entity' ? <span className="tag">{props.entities.find((e) => e.id === target.entityId)?.label}</span> : null}{' '}
                <bdi dir="rtl" className="doc-snippet">{target.text}</bdi>
              </span>
              {(suggestedFor.get(key) ?? []).map((suggestion) => (
                <span key={suggestion.label} className="stance-suggestion" data-testid="stance-suggestion">
                  <span>{t('stance.suggested', { label: isolated(labelName(suggestion.label)) })}</span>
                  <Button
                    className="button small"
                    aria-label={t('stance.acceptSuggestion', { label: labelName(suggestion.label), target: target.text })}
                    onPress={() => props.onDecide('accepted', suggestion)}
                  >
                    {t('suggestions.accept')}
                  </Button>
                  <Button
                    className="button small"
                    aria-label={t('stance.rejectSuggestion', { label: labelName(suggestion.label), target: target.text })}
                    onPress={() => props.onDecide('rejected', suggestion)}
                  >
                    {t('suggestions.reject')}
                  </Button>
                </span>
              ))}
              {current !== null && !known.has(current) ? (
                <span className="flag" data-testid="stance-unknown-label">⚠ {t('stance.unknownLabel', { label: isolated(current) })}</span>
              ) : null}
              <ToggleButtonGroup
                aria-label={t('stance.labelsFor', { target: target.text })}
                selectionMode="single"
                selectedKeys={current ? [current] : []}
                onSelectionChange={(keys) => {
                  const [next] = [...keys];
                  props.onSet(target, next === undefined ? null : String(next));
                }}
                className="stance-options"
              >
                {props.labels.map((label) => (
                  <ToggleButton key={label.tag} id={label.tag} className="button small stance-option" style={{ ['--stance-color' as string]: safeColor(label.color) }}>
                    {label.name[locale]}
                    {label.hotkey ? <kbd>{hotkeyLabel(label.hotkey)}</kbd> : null}
                  </ToggleButton>
                ))}
              </ToggleButtonGroup>
            </li>
          );
        })}
        {dangling.map((stance) => (
          <li key={stance.id} className="stance-row flagged" data-testid="stance-row">
            <span className="stance-target"><bdi dir="rtl" className="doc-snippet">{stance.target}</bdi></span>
            <span className="flag" role="alert">⚠ {t('stance.danglingEntity', { label: stance.label })}</span>
            <button type="button" className="button small" onClick={() => props.onSet({ kind: 'entity', entityId: stance.targetEntity!, text: stance.target }, null)}>
              {t('stance.remove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
