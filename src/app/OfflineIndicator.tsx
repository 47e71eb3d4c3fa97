import { Button } from 'react-aria-components';
import { useT } from '../ui/i18n/useT.ts';
import { useOfflineReadiness, useOnline, useUpdateReady } from './serviceWorkerState.ts';

/** Says in the header whether the app will open without a network, and whether it is offline now. */
export function OfflineIndicator() {
  const t = useT();
  const readiness = useOfflineReadiness();
  const online = useOnline();
  const update = useUpdateReady();
  if (update) {
    return (
      <Button className="button offline-indicator" onPress={update}>
        {t('offline.update')}
      </Button>
    );
  }
  if (readiness === 'unsupported' && online) return null;
  const text = !online ? t('offline.offline') : readiness === 'ready' ? t('offline.ready') : t('offline.preparing');
  return (
    <span className={`offline-indicator ${online ? '' : 'is-offline'}`} role="status" data-testid="offline-indicator" title={t('offline.hint')}>
      {text}
    </span>
  );
}
