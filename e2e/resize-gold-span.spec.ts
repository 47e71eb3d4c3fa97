import { expect, test } from '@playwright/test';
import { openReviewDemoArticle } from './support/reviewDemo.ts';
import { storedAnnotationSet } from './support/storedRecords.ts';
import { dragSelect } from './support/textSelection.ts';
import { expectAccessible } from './support/expectAccessible.ts';

test('a reviewer fixes a gold span’s edges from the keyboard, through a proclitic, keeping its id', async ({ page }) => {
  const { docId, text } = await openReviewDemoArticle(page);
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

test('a reviewer tags gold with the mouse from the label menu, then fits the span to a wider selection', async ({ page }) => {
  const { docId, text } = await openReviewDemoArticle(page);
  const storedGold = async () => (await storedAnnotationSet(page, docId, 'gold'))?.entities.map((s) => ({ id: s.id, label: s.label, text: text.slice(s.start, s.end) })) ?? [];
  const gold = '[data-testid="gold-version"]';
  await page.locator(gold).getByText(/احتضن مقر/).scrollIntoViewIfNeeded();

  // A selection in the gold text opens the label menu; GPE from it, as a mouse user picks.
  await dragSelect(page, 'بالعاصمة الرباط،', 9, 14, { within: gold });
  const menu = page.getByRole('dialog', { name: 'Label the selection' });
  await expect(menu).toContainText('الرباط');
  await menu.getByRole('menuitem', { name: /GPE/ }).click();
  await expect.poll(storedGold).toEqual([{ id: 'e1', label: 'GPE', text: 'الرباط' }]);

  // A wider selection over it offers the gold span to fit: it keeps its id.
  await dragSelect(page, 'بالعاصمة الرباط،', 1, 14, { within: gold });
  await expect(menu.getByRole('group', { name: 'Or fit a span to the selection' })).toBeVisible();
  await page.screenshot({ path: 'test-results/gold-label-menu.png' });
  // As in resize-span.spec.ts: the hotkey is the menu item's description, which axe reads as label.
  await expectAccessible(page, 'gold label menu', ['label-content-name-mismatch']);
  await menu.getByRole('button', { name: 'GPE الرباط' }).click();
  await expect.poll(storedGold).toEqual([{ id: 'e1', label: 'GPE', text: 'العاصمة الرباط' }]);
  await expect(page.getByTestId('gold-version')).toContainText('1 span ·');
});
