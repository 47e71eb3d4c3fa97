import type { KeyboardEvent, RefObject } from 'react';
import { Button, Input, TextField } from 'react-aria-components';
import { useT } from '../../ui/i18n/useT.ts';

/**
 * The find bar above the document: typing searches (ignoring tashkeel, tatweel and
 * letter variants), Enter and Shift+Enter go from match to match, Esc closes it and
 * returns to the text with the match under the caret, ready for a label key; Alt+Enter
 * tags every match with the label chosen from a menu.
 */
export function FindBar(props: {
  inputRef: RefObject<HTMLInputElement | null>;
  query: string;
  total: number;
  /** 1-based, or 0 before a match was chosen. */
  current: number;
  onQuery(query: string): void;
  onStep(direction: 1 | -1): void;
  /** Opens the label menu that tags every match, at `anchor`. */
  onTagAll(anchor: DOMRect): void;
  onClose(): void;
}) {
  const t = useT();
  const onKeyDown = (event: KeyboardEvent) => {
    const mod = event.ctrlKey || event.metaKey;
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' && event.altKey) {
      if (props.total > 0) props.onTagAll(event.currentTarget.getBoundingClientRect());
    } else if (event.key === 'Enter' || (mod && event.code === 'KeyG')) props.onStep(event.shiftKey ? -1 : 1);
    else if (event.key === 'Escape') props.onClose();
    // Ctrl+F again selects the query, as in a browser, instead of opening the browser's find.
    else if (mod && event.code === 'KeyF') props.inputRef.current?.select();
    else return;
    event.preventDefault();
  };
  const onBarKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    props.onClose();
    event.preventDefault();
  };
  const count = props.query.trim() === '' ? '' : props.total === 0 ? t('find.none') : t('find.count', { current: props.current, total: props.total });
  return (
    // Esc closes the bar from its buttons too, not only from the query.
    <div className="find-bar" role="search" aria-label={t('find.label')} onKeyDown={onBarKeyDown}>
      <TextField aria-label={t('find.label')} value={props.query} onChange={props.onQuery} className="field find-field">
        <Input ref={props.inputRef} dir="auto" placeholder={t('find.placeholder')} autoFocus onKeyDown={onKeyDown} onFocus={(event) => event.currentTarget.select()} />
      </TextField>
      <span className="find-count" aria-live="polite" data-testid="find-count">{count}</span>
      <Button className="button" aria-label={t('find.previous')} isDisabled={props.total === 0} onPress={() => props.onStep(-1)}>
        ↑
      </Button>
      <Button className="button" aria-label={t('find.next')} isDisabled={props.total === 0} onPress={() => props.onStep(1)}>
        ↓
      </Button>
      <Button
        className="button"
        isDisabled={props.total === 0}
        onPress={(event) => props.onTagAll((event.target as HTMLElement).getBoundingClientRect())}
      >
        {t('find.tagAll')} <kbd>Alt+Enter</kbd>
      </Button>
      <Button className="button" aria-label={t('find.close')} onPress={props.onClose}>
        ×
      </Button>
    </div>
  );
}
