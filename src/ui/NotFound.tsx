import { useT } from './i18n/useT.ts';
import { routeHref, type Route } from './router.ts';

/**
 * A screen whose project or document is not in this browser (an old link, a deleted
 * project): says which, and offers the way back, as no other control on the page does.
 */
export function NotFound(props: { what: 'project' | 'document'; back: Route }) {
  const t = useT();
  return (
    <section className="not-found">
      <p role="alert">{t(props.what === 'project' ? 'project.missing' : 'doc.missing')}</p>
      <a className="back-link" href={routeHref(props.back)}>
        {t(props.back.name === 'projects' ? 'library.back' : props.back.name === 'review' ? 'review.backToOverview' : 'doc.back')}
      </a>
    </section>
  );
}
