import { expect, test } from '@playwright/test';
import { storedAnnotationSet, storedRecord } from './support/storedRecords.ts';

test('a reviewer fixes a gold span’s edges from the keyboard, through a proclitic, keeping its id', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('article').filter({ hasText: 'Demo: review and agreement' })).toContainText('6 documents');
  await page.goto('/#/p/demo-review/review');
  await page.getByRole('link', { name: /المشاركون في المؤتمر الوزاري/ }).click();
  await expect(page.getByTestId('gold-version')).toBeVisible();
  const docId = decodeURIComponent(page.url().split('/review/')[1]!);
  const { text } = (await storedRecord<{ text: string }>(page, 'texts', docId))!;
  const storedGold = async () => (await storedAnnotationSet(page, docId, 'gold'))?.entities.map((s) => ({ id: s.id, text: text.slice(s.start, s.end) })) ?? [];

  // Karim took the preposition into the name; the reviewer tags it as he did, in the gold text.
  const goldView = page.getByTestId('gold-version').getByTestId('document-view');
  const goldCaret = page.getByTestId('gold-caret');
  await goldView.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 150 && (await goldCaret.textContent()) !== 'لصلاح'; i++) await page.keyboard.press('ArrowLeft');
  await expect(goldCaret).toHaveText('لصلاح');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('KeyP');
  await expect(goldCaret).toHaveText('لصلاح الدين مزوار: PERS Person');
  await expect.poll(storedGold).toEqual([{ id: 'e1', text: 'لصلاح الدين مزوار' }]);

  // Ctrl+Shift+← (on, in RTL) moves the start past the proclitic ل; Alt+Shift+→ moves the end back a word, Alt+Shift+← on again.
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await expect(goldCaret).toHaveText('صلاح الدين مزوار: PERS Person');
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect(goldCaret).toHaveText('صلاح الدين: PERS Person');
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await expect(goldCaret).toHaveText('صلاح الدين مزوار: PERS Person');
  await expect(page.getByTestId('gold-save-state')).toHaveText('Gold saved');
  await expect.poll(storedGold).toEqual([{ id: 'e1', text: 'صلاح الدين مزوار' }]);

  // Gold now holds Hind's boundary: her version of the item is the one marked as in gold.
  const item = page.getByRole('row').filter({ hasText: 'صلاح الدين مزوار' }).first();
  await expect(item).toContainText('in gold');
  // The gold text scrolled with the caret: the span is on screen.
  await expect(page.getByTestId('gold-version').locator('.label-chip[data-span-id="e1"]')).toBeInViewport();
  await page.screenshot({ path: 'test-results/resize-gold-span.png' });

  // The caret moves on by word again, through the span and out of it.
  await page.keyboard.press('ArrowLeft');
  await expect(goldCaret).toHaveText('صلاح الدين مزوار: PERS Person');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(goldCaret).not.toContainText('PERS');
});
