import { expect, test } from '@playwright/test';
import { openDemoDocument } from './support/openDocument.ts';
import { shownDocumentId, storedAnnotationSet, storedRecord } from './support/storedRecords.ts';

const ARTICLE = /المشاركون في المؤتمر الوزاري/;

test('a focused span grows and shrinks by word from the keyboard, through the proclitics at its start, keeping its id', async ({ page }) => {
  await openDemoDocument(page, ARTICLE, 'Lina');
  const docId = shownDocumentId(page);
  const { text } = (await storedRecord<{ text: string }>(page, 'texts', docId))!;
  const live = page.locator('.annotate-main [aria-live]');
  const stored = async () => (await storedAnnotationSet(page, docId, 'Lina'))!.entities.map((s) => ({ id: s.id, text: text.slice(s.start, s.end) }));

  // Tag العاصمة inside بالعاصمة: find it, back to the text, L.
  await page.getByTestId('document-view').focus();
  await page.keyboard.press('Control+KeyF');
  await page.getByRole('textbox', { name: 'Find in the document' }).fill('العاصمة');
  await page.keyboard.press('Escape');
  await page.keyboard.press('KeyL');
  await expect(live).toHaveText('العاصمة: LOC, Location');

  // The span stays focused: Shift+← (on, in RTL) moves its end a word on, Shift+→ back.
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(live).toHaveText('العاصمة الرباط: LOC, Location');
  // Ctrl+Shift+→ moves its start back: over the proclitic ب first.
  await page.keyboard.press('Control+Shift+ArrowRight');
  await expect(live).toHaveText('بالعاصمة الرباط: LOC, Location');
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await expect(live).toHaveText('عاصمة الرباط: LOC, Location');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(live).toHaveText('عاصمة: LOC, Location');
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  expect(await stored()).toEqual([{ id: 'e1', text: 'عاصمة' }]);

  // Each move is one undo step.
  await page.keyboard.press('Control+KeyZ');
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  expect(await stored()).toEqual([{ id: 'e1', text: 'عاصمة الرباط' }]);
});

test('resize keys pressed faster than the screen re-renders each move the edge on from the last', async ({ page }) => {
  await openDemoDocument(page, ARTICLE, 'Rami');
  await page.getByTestId('document-view').focus();
  await page.keyboard.press('Control+KeyF');
  await page.getByRole('textbox', { name: 'Find in the document' }).fill('العاصمة');
  await page.keyboard.press('Escape');
  // No wait between the keys: each resize starts from the span the one before left.
  await page.keyboard.press('KeyL');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.locator('.span-row')).toHaveText(['LOCبالعاصمة الرباط، على']);
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  const docId = shownDocumentId(page);
  const { text } = (await storedRecord<{ text: string }>(page, 'texts', docId))!;
  const stored = (await storedAnnotationSet(page, docId, 'Rami'))!.entities.map((s) => text.slice(s.start, s.end));
  expect(stored).toEqual(['بالعاصمة الرباط، على']);
});
