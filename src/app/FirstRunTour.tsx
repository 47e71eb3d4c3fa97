import { useMemo } from 'react';
import { useT } from '../ui/i18n/useT.ts';
import { Tour } from '../ui/tour/Tour.tsx';

/** The four steps of the work, shown over the demo project the first time it opens. */
export function FirstRunTour() {
  const t = useT();
  const steps = useMemo(
    () =>
      (['import', 'annotate', 'review', 'export'] as const).map((id) => ({
        id,
        title: t(`tour.${id}.title`),
        body: t(`tour.${id}.body`),
      })),
    [t],
  );
  return <Tour label={t('tour.heading')} steps={steps} />;
}
