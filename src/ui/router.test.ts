import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from './router.ts';

describe('hash routes', () => {
  it('round-trips every route, including ids with reserved characters', () => {
    const routes: Route[] = [
      { name: 'projects' },
      { name: 'project', projectId: 'demo' },
      { name: 'schema', projectId: 'demo' },
      { name: 'review', projectId: 'demo' },
      { name: 'reviewDocument', projectId: 'demo', docId: 'demo:0123abcd' },
      { name: 'goldDocument', projectId: 'demo', docId: 'demo:01/23' },
      { name: 'document', projectId: 'p_1', docId: 'p_1:ab/cd' },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('falls back to the project list for unknown hashes', () => {
    expect(parseRoute('#/nowhere')).toEqual({ name: 'projects' });
    expect(parseRoute('')).toEqual({ name: 'projects' });
  });
});
