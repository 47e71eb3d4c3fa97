import { Button } from 'react-aria-components';
import type { EntitySpan, SuggestionDecision } from '../../core/model/annotation.ts';
import { useT } from '../../ui/i18n/useT.ts';

/** Pre-annotations from an import, shown dotted in the text, to accept into one's own set or reject. */
export function SuggestionList(props: {
  text: string;
  suggestions: readonly EntitySpan[];
  onDecide(decision: SuggestionDecision, spans: EntitySpan[]): void;
  onShow(span: EntitySpan): void;
}) {
  const t = useT();
  return (
    <section className="suggestions" aria-labelledby="suggestions-heading">
      <div className="panel-head">
        <h2 id="suggestions-heading">{t('suggestions.heading', { n: props.suggestions.length })}</h2>
        <Button className="button small" onPress={() => props.onDecide('accepted', [...props.suggestions])}>{t('suggestions.acceptAll')}</Button>
      </div>
      <ul className="suggestion-list">
        {props.suggestions.map((span) => (
          <li key={`${span.start}:${span.end}:${span.label}`} className="suggestion-row" data-testid="suggestion">
            <button type="button" className="span-button" onClick={() => props.onShow(span)}>
              <span className="tag">{span.label}</span>
              <bdi className="span-text" dir="rtl">{props.text.slice(span.start, span.end)}</bdi>
            </button>
            <Button className="button small" onPress={() => props.onDecide('accepted', [span])}>{t('suggestions.accept')}</Button>
            <Button className="button small" onPress={() => props.onDecide('rejected', [span])}>{t('suggestions.reject')}</Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
