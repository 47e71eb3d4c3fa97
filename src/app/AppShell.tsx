import { useRef } from 'react';
import { Button } from 'react-aria-components';
import { useT, useLocale } from '../ui/i18n/useT.ts';
import { routeHref, useRoute } from '../ui/router.ts';
import { ProjectsScreen } from '../features/library/ProjectsScreen.tsx';
import { LibraryScreen } from '../features/library/LibraryScreen.tsx';
import { SchemaScreen } from '../features/schema/SchemaScreen.tsx';
import { ExportButton } from '../features/export/ExportButton.tsx';
import { ReviewScreen } from '../features/review/ReviewScreen.tsx';
import { ReviewDocumentScreen } from '../features/review/ReviewDocumentScreen.tsx';
import { BundleImportPanel } from '../features/review/exchange/BundleImportPanel.tsx';
import { DocumentRoute } from '../features/annotate/DocumentRoute.tsx';
import { GoldDocumentRoute } from '../features/review/GoldDocumentRoute.tsx';
import { AnnotatorBadge } from '../ui/annotator/AnnotatorBadge.tsx';
import { useDemoSeed } from '../features/library/demo/useDemoSeed.ts';
import { useStorageSync } from './useStorageSync.ts';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { DEMO_PROJECT_ID } from '../features/library/demo/seedDemoProject.ts';
import { ShortcutProvider } from '../ui/shortcuts/ShortcutProvider.tsx';
import { ShortcutsButton } from '../ui/shortcuts/ShortcutsButton.tsx';
import { appShortcuts } from './appShortcuts.ts';
import { OfflineIndicator } from './OfflineIndicator.tsx';
import { FirstRunTour } from './FirstRunTour.tsx';
import { ThemeMenu } from '../ui/theme/ThemeMenu.tsx';

export function AppShell() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const route = useRoute();
  useDemoSeed();
  useStorageSync();
  const main = useRef<HTMLElement>(null);
  return (
    <ShortcutProvider globalGroups={appShortcuts(t)}>
      {/* The hash is the route: following #main would open the projects screen, so the link moves the focus itself. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <a href={routeHref({ name: 'projects' })}>{t('app.name')}</a>
        <span className="tagline">{t('app.tagline')}</span>
        <span className="spacer" />
        <OfflineIndicator />
        <ShortcutsButton />
        <AnnotatorBadge />
        <ThemeMenu />
        <Button className="button" onPress={() => setLocale(locale === 'ar' ? 'en' : 'ar')}>
          <span className="visually-hidden">{t('app.language')}: </span>
          <span lang={locale === 'ar' ? 'en' : 'ar'}>{locale === 'ar' ? 'English' : 'العربية'}</span>
        </Button>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="app-main">
        <ErrorBoundary
          key={routeHref(route)}
          fallback={(error) => (
            <div className="notice error" role="alert">
              <p>{t('app.crashed')}</p>
              <pre dir="ltr">{error.message}</pre>
              <button className="button" onClick={() => location.reload()}>{t('db.reload')}</button>
            </div>
          )}
        >
          {route.name === 'projects' ? (
            <>
              <ProjectsScreen />
              <BundleImportPanel />
            </>
          ) : null}
          {route.name === 'project' ? <LibraryScreen key={route.projectId} projectId={route.projectId} intro={route.projectId === DEMO_PROJECT_ID ? <FirstRunTour /> : null} actions={(project) => (
                <>
                  <a className="button" href={routeHref({ name: 'review', projectId: project.id })}>{t('review.open')}</a>
                  <ExportButton projectId={project.id} projectName={project.name} />
                </>
              )} /> : null}
          {route.name === 'schema' ? <SchemaScreen key={route.projectId} projectId={route.projectId} /> : null}
          {route.name === 'review' ? <ReviewScreen key={route.projectId} projectId={route.projectId} /> : null}
          {route.name === 'reviewDocument' ? <ReviewDocumentScreen key={route.docId} projectId={route.projectId} docId={route.docId} /> : null}
          {route.name === 'document' ? <DocumentRoute key={route.docId} projectId={route.projectId} docId={route.docId} /> : null}
          {route.name === 'goldDocument' ? <GoldDocumentRoute key={route.docId} projectId={route.projectId} docId={route.docId} /> : null}
        </ErrorBoundary>
      </main>
    </ShortcutProvider>
  );
}
