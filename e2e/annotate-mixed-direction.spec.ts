import { expect, test } from '@playwright/test';
import { answerAnnotatorPrompt } from './support/annotatorPrompt.ts';
import { chooseImportFiles, createProject } from './support/importDialog.ts';
import { textRect } from './support/textSelection.ts';

// An Arabic paragraph, then an English one: each reads in its own direction, and the arrow keys follow what the eye sees.
const TEXT = 'قال الوزير\nThe minister Karim Ali said';

test('in an English paragraph of an Arabic document, the arrow keys move as the words read, left to right', async ({ page }) => {
  await createProject(page, 'Bilingual');
  const dialog = await chooseImportFiles(page, { name: 'bilingual.txt', mimeType: 'text/plain', buffer: Buffer.from(TEXT) });
  await dialog.getByRole('button', { name: 'Import 1 document' }).click();
  await expect(dialog.getByTestId('summary-imported')).toHaveText('1');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('link', { name: 'قال الوزير' }).click();
  await answerAnnotatorPrompt(page, 'Amal');

  const paragraphs = page.locator('.doc-paragraph');
  await expect(paragraphs.nth(0)).toHaveAttribute('dir', 'rtl');
  await expect(paragraphs.nth(1)).toHaveAttribute('dir', 'ltr');
  expect((await textRect(page, 'The')).x).toBeLessThan((await textRect(page, 'said')).x);

  const live = page.locator('.annotate-main [aria-live]');
  await page.getByTestId('document-view').focus();
  await expect(live).toHaveText('قال');
  // In the Arabic paragraph ← reads on; in the English one → does.
  await page.keyboard.press('ArrowLeft');
  await expect(live).toHaveText('الوزير');
  await page.keyboard.press('ArrowLeft');
  await expect(live).toHaveText('The');
  await page.keyboard.press('ArrowRight');
  await expect(live).toHaveText('minister');
  await page.keyboard.press('ArrowRight');
  await expect(live).toHaveText('Karim');
  await page.keyboard.press('ArrowLeft');
  await expect(live).toHaveText('minister');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('KeyP');
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  await expect(page.locator('.span-button').filter({ hasText: 'PERS' })).toContainText('Karim Ali');
});
