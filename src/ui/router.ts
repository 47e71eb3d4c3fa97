import { useSyncExternalStore } from 'react';

/** Hash routes: the app is static files with no server to rewrite paths. */
export type Route =
  | { name: 'projects' }
  | { name: 'project'; projectId: string }
  | { name: 'schema'; projectId: string }
  | { name: 'review'; projectId: string }
  | { name: 'reviewDocument'; projectId: string; docId: string }
  /** The annotation screen over the document's gold version, for the reviewer. */
  | { name: 'goldDocument'; projectId: string; docId: string }
  | { name: 'document'; projectId: string; docId: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'p' && parts[1]) {
    if (parts[2] === 'd' && parts[3]) return { name: 'document', projectId: parts[1], docId: parts[3] };
    if (parts[2] === 'schema') return { name: 'schema', projectId: parts[1] };
    if (parts[2] === 'review') {
      if (parts[3] && parts[4] === 'gold') return { name: 'goldDocument', projectId: parts[1], docId: parts[3] };
      return parts[3] ? { name: 'reviewDocument', projectId: parts[1], docId: parts[3] } : { name: 'review', projectId: parts[1] };
    }
    return { name: 'project', projectId: parts[1] };
  }
  return { name: 'projects' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'projects':
      return '#/';
    case 'project':
      return `#/p/${encodeURIComponent(route.projectId)}`;
    case 'schema':
      return `#/p/${encodeURIComponent(route.projectId)}/schema`;
    case 'review':
      return `#/p/${encodeURIComponent(route.projectId)}/review`;
    case 'reviewDocument':
      return `#/p/${encodeURIComponent(route.projectId)}/review/${encodeURIComponent(route.docId)}`;
    case 'goldDocument':
      return `#/p/${encodeURIComponent(route.projectId)}/review/${encodeURIComponent(route.docId)}/gold`;
    case 'document':
      return `#/p/${encodeURIComponent(route.projectId)}/d/${encodeURIComponent(route.docId)}`;
  }
}

export function navigate(route: Route): void {
  location.hash = routeHref(route);
}

let navigated = false;
if (typeof window !== 'undefined') window.addEventListener('hashchange', () => (navigated = true));

/** True once the user has gone from one screen to another in this page (not on the page's first screen). */
export function hasNavigated(): boolean {
  return navigated;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => location.hash);
  return parseRoute(hash);
}
