import { forwardRef, useMemo, type KeyboardEvent } from 'react';
import type { AgreementLayers } from '../../core/agreement/agreementInput.ts';
import type { TextBlock } from '../../core/annotate/textBlocks.ts';
import type { TextRange } from '../../core/annotate/textRange.ts';
import { DocumentView, type DocumentViewHandle, type ViewLabel } from '../../ui/documentView/DocumentView.tsx';
import { useT } from '../../ui/i18n/useT.ts';
import { AnnotatorName } from './AnnotatorName.tsx';

const NONE: readonly TextRange[] = [];

/**
 * One version of the document (an annotator's, or gold) in the shared view: its
 * spans and triggers painted, the disputed stretches underlined, the current item
 * marked. Clicking a stretch chooses the item there.
 */
export const VersionView = forwardRef<
  DocumentViewHandle,
  {
    annotator: string;
    layers: AgreementLayers;
    text: string;
    blocks: readonly TextBlock[];
    labels: ReadonlyMap<string, ViewLabel>;
    current: TextRange | null;
    disputed: readonly TextRange[];
    isGold?: boolean;
    /** The gold view is editable by keyboard: its caret and the stretch marked with the mouse. */
    caret?: TextRange | null;
    pending?: TextRange | null;
    describedBy?: string;
    onClickOffset(offset: number): void;
    onSelectText?(selection: { anchor: number; focus: number; precise: boolean }): void;
    onKeyDown?(event: KeyboardEvent<HTMLDivElement>): void;
  }
>(function VersionView(props, ref) {
  const t = useT();
  const triggers = useMemo(() => props.layers.events.flatMap((event) => (event.trigger ? [event.trigger] : [])), [props.layers.events]);
  const headingId = `version-${props.isGold ? 'gold' : props.annotator.replace(/[^\p{L}\p{N}]/gu, '_')}`;
  return (
    <section className={`version${props.isGold ? ' gold-version' : ''}`} aria-labelledby={headingId} data-testid={props.isGold ? 'gold-version' : 'annotator-version'}>
      <h2 id={headingId} className="version-head">
        {props.isGold ? <span aria-hidden="true">★ </span> : null}
        <AnnotatorName name={props.annotator} />
        <span className="muted small">
          {[
            t('review.versionSpans', { n: props.layers.entities.length }),
            t('review.versionEvents', { n: props.layers.events.length }),
            t('review.versionStances', { n: props.layers.stance.length }),
          ].join(' · ')}
        </span>
        {props.layers.status ? <span className={`badge status-${props.layers.status}`}>{t(`status.${props.layers.status}`)}</span> : null}
      </h2>
      <DocumentView
        ref={ref}
        text={props.text}
        blocks={props.blocks}
        spans={props.layers.entities}
        labels={props.labels}
        caret={props.caret ?? null}
        pending={props.pending ?? null}
        focus={props.current}
        triggers={triggers}
        suggestions={props.disputed}
        emphasis={NONE}
        label={props.isGold ? t('review.goldText') : t('review.versionText', { name: props.annotator })}
        describedBy={props.describedBy ?? 'review-keys'}
        onSelectText={props.onSelectText ?? (() => undefined)}
        onClickOffset={props.onClickOffset}
        // Review keys are handled by the screen, which this event bubbles up to.
        onKeyDown={props.onKeyDown ?? (() => undefined)}
      />
    </section>
  );
});
