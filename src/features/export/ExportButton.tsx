import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useT } from '../../ui/i18n/useT.ts';
import { ExportDialog } from './ExportDialog.tsx';

export function ExportButton(props: { projectId: string; projectName: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button className="button" onPress={() => setOpen(true)}>{t('export.open')}</Button>
      {open ? <ExportDialog {...props} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
