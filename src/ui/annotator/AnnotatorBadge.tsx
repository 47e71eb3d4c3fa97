import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useT } from '../i18n/useT.ts';
import { useAnnotator } from './useAnnotator.ts';
import { AnnotatorDialog } from './AnnotatorDialog.tsx';

/** The current annotator's name, always visible; pressing it switches annotator. */
export function AnnotatorBadge() {
  const t = useT();
  const annotator = useAnnotator();
  const [open, setOpen] = useState(false);
  const current = annotator.data?.current;
  return (
    <>
      <Button className="button annotator-badge" onPress={() => setOpen(true)} aria-label={current ? t('annotator.switchFrom', { name: current }) : t('annotator.choose')}>
        {current ? <bdi data-testid="annotator-name">{current}</bdi> : t('annotator.choose')}
      </Button>
      {open ? <AnnotatorDialog isDismissable onClose={() => setOpen(false)} /> : null}
    </>
  );
}
