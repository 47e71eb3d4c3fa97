import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProgressBar } from './ProgressBar.tsx';

describe('ProgressBar', () => {
  it('is named by its label, so a screen reader says what is in progress', () => {
    const html = renderToStaticMarkup(createElement(ProgressBar, { label: 'جارٍ الاستيراد', value: 40, detail: '4 / 10' }));
    const bar = /<[^>]*role="progressbar"[^>]*>/.exec(html)?.[0] ?? '';
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(bar)?.[1];
    expect(labelledBy).toBeDefined();
    expect(html).toContain(`id="${labelledBy}">جارٍ الاستيراد</span>`);
    expect(bar).toContain('aria-valuenow="40"');
  });
});
