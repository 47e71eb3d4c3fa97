import { useDeferredValue, useMemo, useRef, useState, type ReactNode } from 'react';
import { Button, Input, Label, SearchField, Text } from 'react-aria-components';
import { useNumberFormatter } from 'react-aria';
import { useT } from '../../ui/i18n/useT.ts';
import { routeHref } from '../../ui/router.ts';
import { useProject } from './api/useProject.ts';
import { useDocumentCount } from './api/useDocumentCount.ts';
import { useDocumentSearch } from './api/useDocumentSearch.ts';
import { DocumentList } from './DocumentList.tsx';
import { ImportDialog } from './import/ImportDialog.tsx';
import { ProgressPanel } from './ProgressPanel.tsx';
import { useProjectSchema } from '../../ui/data/useProjectSchema.ts';
import { libraryShortcuts } from './libraryShortcuts.ts';
import { useScreenShortcuts } from '../../ui/shortcuts/ShortcutProvider.tsx';
import { useAnnotator } from '../../ui/annotator/useAnnotator.ts';
import { ChoiceGroup } from '../../ui/ChoiceGroup.tsx';
import { queryKeys } from '../../storage/queryKeys.ts';
import { useSetStatusFilter, useStatusFilter } from '../../ui/data/useStatusFilter.ts';
import { useDocumentsWithStatus } from './api/useDocumentsWithStatus.ts';
import { shownDocuments } from './statusFilter.ts';
import type { StatusFilter } from '../../core/model/statusFilter.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { useFocusOnArrival } from '../../ui/useFocusOnArrival.ts';
import { NotFound } from '../../ui/NotFound.tsx';

const FILTERS: readonly StatusFilter[] = ['all', 'todo', 'done'];

/** `actions` lets the app put other features' buttons (export, review) in the header without features importing each other. */
export function LibraryScreen({ projectId, actions, intro }: { projectId: string; actions?: (project: { id: string; name: string }) => ReactNode; intro?: ReactNode }) {
  const t = useT();
  const numbers = useNumberFormatter();
  const project = useProject(projectId);
  useDocumentTitle(project.data?.name);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(heading);
  const count = useDocumentCount(projectId);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query.trim());
  const search = useDocumentSearch(projectId, deferredQuery);
  const annotator = useAnnotator().data?.current ?? null;
  const chosenFilter = useStatusFilter(projectId).data ?? 'all';
  const setFilter = useSetStatusFilter(projectId);
  // The filter is about the current annotator's own work: with nobody current, it is off.
  const filter = annotator ? chosenFilter : 'all';
  const statusChoice = annotator && filter !== 'all' ? { annotator, filter } : null;
  const withStatus = useDocumentsWithStatus(projectId, statusChoice);
  const [importing, setImporting] = useState(false);
  const schema = useProjectSchema(projectId);
  useScreenShortcuts(useMemo(() => libraryShortcuts(t), [t]));

  if (project.data === null) return <NotFound what="project" back={{ name: 'projects' }} />;
  const total = count.data?.total ?? 0;
  const byKind = count.data
    ? (['article', 'headline', 'text'] as const)
        .filter((kind) => count.data.byKind[kind] > 0)
        .map((kind) => `${t(`kind.${kind}`)} ${numbers.format(count.data.byKind[kind])}`)
        .join(' · ')
    : '';
  const searching = deferredQuery.length > 0;
  const found = searching ? search.data : undefined;
  const filtered = statusChoice ? withStatus.data : undefined;
  const loading = (searching && !found) || (statusChoice !== null && !filtered);
  const subset = loading
    ? null
    : shownDocuments(found ? { key: queryKeys.documentSearch(projectId, found.query), ids: found.ids } : null, filtered ?? null);
  const shown = loading ? 0 : (subset?.ids.length ?? total);

  return (
    <section className="library" aria-labelledby="library-heading">
      <a href={routeHref({ name: 'projects' })} className="back-link">{t('library.back')}</a>
      <div className="screen-head">
        <h1 ref={heading} tabIndex={-1} id="library-heading">{project.data?.name ?? ''}</h1>
        <div className="head-actions">
          {project.data && actions ? actions(project.data) : null}
          <a className="button" href={routeHref({ name: 'schema', projectId })}>{t('library.schema')}</a>
          <Button className="button primary" onPress={() => setImporting(true)}>{t('library.import')}</Button>
        </div>
      </div>
      {intro}
      <div className="library-tools">
        <SearchField className="field search" value={query} onChange={setQuery}>
          <Label>{t('library.search')}</Label>
          <Input dir="auto" />
          <Text slot="description">{t('library.searchHint')}</Text>
        </SearchField>
        {annotator ? (
          <ChoiceGroup
            label={t('library.filter.label')}
            value={filter}
            choices={FILTERS.map((value) => ({ value, label: t(`library.filter.${value}`) }))}
            onChange={(value) => setFilter.mutate(value)}
          />
        ) : null}
        <p className="muted" role="status" aria-live="polite">
          {loading
            ? t(searching && !found ? 'library.searching' : 'library.loadingRow')
            : filtered
              ? // The shown ids' own filter: while the next one loads, the list and its count are the previous one's.
                t(`library.filtered.${filtered.filter}${searching ? 'Matches' : ''}`, { n: shown, total })
              : searching
                ? t('library.matches', { n: shown, total })
                : `${t('library.count', { n: total })}${byKind ? ` (${byKind})` : ''}`}
        </p>
      </div>
      {total > 0 ? <ProgressPanel projectId={projectId} schema={schema.data} /> : null}
      {total === 0 && count.isSuccess ? <p className="muted">{t('library.empty')}</p> : null}
      {found?.ids.length === 0 && !search.isFetching ? <p className="muted">{t('library.noMatches', { query: deferredQuery })}</p> : null}
      <DocumentList
        projectId={projectId}
        count={shown}
        subset={subset}
        annotator={filtered?.annotator}
      />
      {importing && project.data ? (
        <ImportDialog projectId={projectId} projectName={project.data.name} onClose={() => setImporting(false)} />
      ) : null}
    </section>
  );
}
