import { expect, test } from '@playwright/test';
import { answerAnnotatorPrompt } from './support/annotatorPrompt.ts';

// Six rows of the ANS stance corpus (src/core/importers/fixtures/SOURCES.md): s1, s2, stance, no "text" column.
const ansPath = new URL('../src/core/importers/fixtures/ans_stance_sample.csv', import.meta.url).pathname;
const FIRST_CLAIM = 'هجوم صاروخي يستهدف مطار في طرابلس ويجبر ليبيا على تغيير مسار الرحلات الجوية';

test('imports a CSV file, choosing its text column from the header', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Project name').fill('ANS claims');
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByRole('button', { name: 'Import files' }).click();
  const dialog = page.getByRole('dialog');
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose files' }).click();
  await (await chooser).setFiles(ansPath);

  // No "text" column: the preview says so, names the columns and offers them for the text field.
  await expect(dialog.getByTestId('preview-summary')).toHaveText('0 documents from 1 file');
  await expect(dialog.locator('.preview-file summary')).toHaveText('ans_stance_sample.csv · CSV / TSV · Problems 1');
  await expect(dialog.locator('.problem-list code')).toHaveText('ans_stance_sample.csv:1: the header has no column "text" (its columns: s1, s2, stance)');
  await expect(dialog.locator('#text-fields option')).toHaveCount(3);
  await expect(dialog.locator('#text-fields option').first()).toHaveAttribute('value', 's1');

  await dialog.getByLabel('Text field (JSONL) or column (CSV)').fill('s1');
  await expect(dialog.getByTestId('preview-summary')).toHaveText('6 documents from 1 file');
  await expect(dialog.locator('.preview-file summary')).toHaveText('ans_stance_sample.csv · CSV / TSV · Text 6');
  await expect(dialog.locator('.samples li').first()).toHaveText(FIRST_CLAIM);
  await expect(dialog.locator('.problem-list')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Import 6 documents' }).click();
  await expect(dialog.getByTestId('summary-imported')).toHaveText('6');
  await expect(dialog.getByTestId('summary-problems')).toHaveText('0');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'documents' })).toHaveText('6 documents (Text 6)');
  await page.getByRole('link', { name: FIRST_CLAIM }).click();
  await answerAnnotatorPrompt(page, 'Amal');
  await expect(page.locator('.doc-paragraph')).toHaveText(FIRST_CLAIM);
  await expect(page.getByText('ans_stance_sample.csv:2', { exact: true })).toBeVisible();
});
