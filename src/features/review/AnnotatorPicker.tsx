import { Checkbox, CheckboxGroup, Label, Text } from 'react-aria-components';
import type { ProjectAnnotator } from '../../storage/reviewStore.ts';
import { useT } from '../../ui/i18n/useT.ts';
import { AnnotatorName } from './AnnotatorName.tsx';

/** Checkboxes of the project's annotators (gold among them, unticked by default). */
export function AnnotatorPicker(props: { annotators: readonly ProjectAnnotator[]; chosen: readonly string[]; onChange(chosen: string[]): void }) {
  const t = useT();
  return (
    <CheckboxGroup className="annotator-picker" value={[...props.chosen]} onChange={props.onChange}>
      <Label className="label">{t('review.compare')}</Label>
      <div className="annotator-options">
        {props.annotators.map((annotator) => (
          <Checkbox key={annotator.name} value={annotator.name} className="checkbox">
            <span className="box" aria-hidden="true" />
            <span>
              <AnnotatorName name={annotator.name} /> <span className="muted small">{t('review.documentsOf', { n: annotator.documents })}</span>
            </span>
          </Checkbox>
        ))}
      </div>
      <Text slot="description" className="muted small">{t('review.compareHint')}</Text>
    </CheckboxGroup>
  );
}
