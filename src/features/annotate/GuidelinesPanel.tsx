import { Button } from 'react-aria-components';
import { useT } from '../../ui/i18n/useT.ts';
import { Markdown } from '../../ui/markdown/Markdown.tsx';
import { routeHref } from '../../ui/router.ts';

/** The project's guidelines beside the document, so annotators check a rule without leaving the text. */
export function GuidelinesPanel(props: { projectId: string; guidelines: string | undefined; onClose(): void }) {
  const t = useT();
  return (
    <aside className="guidelines-panel" aria-labelledby="guidelines-panel-heading">
      <div className="guidelines-panel-head">
        <h2 id="guidelines-panel-heading">{t('guidelines.heading')}</h2>
        <Button className="button" onPress={props.onClose} aria-label={t('guidelines.close')}>
          ×
        </Button>
      </div>
      {props.guidelines?.trim() ? (
        <Markdown source={props.guidelines} />
      ) : (
        <p className="muted">
          {t('guidelines.none')} <a href={routeHref({ name: 'schema', projectId: props.projectId })}>{t('guidelines.write')}</a>
        </p>
      )}
    </aside>
  );
}
