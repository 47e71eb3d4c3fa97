import { expect, test, type Page } from '@playwright/test';
import { answerAnnotatorPrompt } from './support/annotatorPrompt.ts';

/*
 * Full disk: once a flag is set, every IndexedDB write of the page fails with
 * QuotaExceededError, as when the browser's quota is used up. The user is told, the
 * failed edit is not shown as saved, and earlier work is intact after a reload.
 */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __diskFull?: boolean };
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        if (w.__diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      } as typeof original;
    }
  });
});

async function spanTexts(page: Page) {
  return page.locator('.span-row').allTextContents();
}

test('a write refused for quota is reported, not shown as saved, and damages nothing earlier', async ({ page }) => {
  await page.goto('/#/p/demo');
  await page.getByRole('link', { name: /المشاركون في المؤتمر الوزاري/ }).click();
  await answerAnnotatorPrompt(page, 'Amal');
  const view = page.getByTestId('document-view');
  await view.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('KeyG');
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  const before = await spanTexts(page);
  expect(before).toHaveLength(1);

  await page.evaluate(() => ((window as unknown as { __diskFull: boolean }).__diskFull = true));
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('KeyO');
  await expect(page.getByText(/Browser storage is full/).first()).toBeVisible();
  await expect(page.getByTestId('save-state')).not.toHaveText('All changes saved');
  await expect(page.getByRole('heading', { name: 'Spans (1)' })).toBeVisible();

  // Space again (the flag goes with the reload): the earlier span is there, the refused one is not.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Spans (1)' })).toBeVisible();
  // The span list draws its rows a frame after the heading: wait for them, as for the heading.
  await expect(page.locator('.span-row')).toHaveText(before);
  // And work goes on.
  await view.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('KeyO');
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  await expect(page.getByRole('heading', { name: 'Spans (2)' })).toBeVisible();
});
