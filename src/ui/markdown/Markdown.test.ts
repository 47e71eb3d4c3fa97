import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from './Markdown.tsx';

const render = (source: string) => renderToStaticMarkup(createElement(Markdown, { source }));

describe('Markdown', () => {
  it('renders headings, emphasis and lists', () => {
    const html = render('# الأماكن\n\nTag **cities**.\n\n- one\n- two');
    expect(html).toContain('<h1>الأماكن</h1>');
    expect(html).toContain('<strong>cities</strong>');
    expect(html).toContain('<li>one</li>');
  });

  it('never passes HTML through, and drops unsafe link targets and images', () => {
    const html = render('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) ![pic](https://example.com/a.png)');
    expect(html).not.toMatch(/<script|<img|onerror=|javascript:/i);
    expect(html).toContain('pic');
  });

  it('opens links in a new tab without handing over the opener', () => {
    expect(render('[site](https://example.com)')).toContain('target="_blank" rel="noreferrer noopener"');
  });
});
