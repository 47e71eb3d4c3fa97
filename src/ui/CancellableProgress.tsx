import { Button } from 'react-aria-components';
import { useT } from './i18n/useT.ts';
import { ProgressBar } from './ProgressBar.tsx';

/** A running job in a dialog: its progress (done of total, as a bar) and a button to cancel it. */
export function CancellableProgress(props: { label: string; done: number; total: number; detail?: string; onCancel(): void }) {
  const t = useT();
  return (
    <>
      <ProgressBar label={props.label} value={props.total > 0 ? (100 * props.done) / props.total : 0} detail={props.detail} />
      <div className="actions">
        <Button className="button" onPress={props.onCancel}>{t('import.cancel')}</Button>
      </div>
    </>
  );
}
