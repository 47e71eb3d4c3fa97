import type { Page } from '@playwright/test';

/**
 * Screen rectangle of characters [from, to) of the first occurrence of `needle` in the
 * rendered paragraphs, inside the element `within` selects (the review shows several
 * versions of one text).
 */
export async function textRect(page: Page, needle: string, from = 0, to = needle.length, within = 'body') {
  return page.evaluate(
    ({ needle, from, to, within }) => {
      for (const p of document.querySelectorAll<HTMLElement>(`${within} .doc-paragraph`)) {
        const node = p.firstChild as Text | null;
        const at = node?.data.indexOf(needle) ?? -1;
        if (!node || at < 0) continue;
        const range = new Range();
        range.setStart(node, at + from);
        range.setEnd(node, at + to);
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
      throw new Error(`not rendered: ${needle}`);
    },
    { needle, from, to, within },
  );
}

/** Drags the mouse over characters [from, to) of `needle`, as a user selects (RTL: right to left). */
export async function dragSelect(page: Page, needle: string, from: number, to: number, options: { alt?: boolean; within?: string } = {}) {
  const first = await textRect(page, needle, from, from + 1, options.within);
  const last = await textRect(page, needle, to - 1, to, options.within);
  if (options.alt) await page.keyboard.down('Alt');
  await page.mouse.move(first.x + first.width - 1, first.y + first.height / 2);
  await page.mouse.down();
  await page.mouse.move(last.x + 1, last.y + last.height / 2, { steps: 5 });
  await page.mouse.up();
  if (options.alt) await page.keyboard.up('Alt');
}
