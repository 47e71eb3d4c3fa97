import { expect, test } from '@playwright/test';
import { answerAnnotatorPrompt } from './support/annotatorPrompt.ts';
import { chooseImportFiles, createProject } from './support/importDialog.ts';

/** Files are generated here, not committed: a 100,000-line JSONL and a 1,000,000-character page. */
function jsonl(lines: number): Buffer {
  const rows: string[] = [];
  for (let i = 0; i < lines; i++) rows.push(JSON.stringify({ text: `خبر رقم ${i}: وصل الوفد إلى الرباط صباح اليوم ${i % 97}` }));
  return Buffer.from(`${rows.join('\n')}\n`);
}

function longDocument(chars: number): Buffer {
  const paragraph = 'احتضن مقر وزارة الشؤون الخارجية والتعاون بالعاصمة الرباط، على امتداد يومين، أشغال الاجتماع الاقليمي الثاني حول أمن الحدود. ';
  let text = '';
  while (text.length < chars) text += `${paragraph.repeat(8)}\n`;
  return Buffer.from(text.slice(0, chars));
}

test.setTimeout(180_000);

test('a project of 100,000 documents lists, scrolls to the end and searches; a 1,000,000-character document opens and takes a span', async ({ page }) => {
  await createProject(page, 'Large');
  await chooseImportFiles(page, [
    { name: 'many.jsonl', mimeType: 'application/x-ndjson', buffer: jsonl(100_000) },
    { name: 'long.txt', mimeType: 'text/plain', buffer: longDocument(1_000_000) },
  ]);
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Import 100,001 documents' }).click();
  await expect(dialog.getByTestId('summary-imported')).toHaveText('100,001', { timeout: 120_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'documents' })).toContainText('100,001 documents');

  // Only the rows on screen exist; End reaches the last one through the paged loads.
  expect(await page.locator('.doc-row').count()).toBeLessThan(80);
  await page.locator('.doc-link').first().focus();
  await page.keyboard.press('End');
  await expect(page.locator('.doc-row[aria-posinset="100001"]')).toBeVisible();
  await page.getByLabel('Search documents').fill('رقم 99999:');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('1 of 100,001 documents match', { timeout: 60_000 });

  await page.getByLabel('Search documents').fill('احتضن مقر');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('1 of 100,001 documents match', { timeout: 60_000 });
  await page.getByRole('link', { name: /احتضن مقر وزارة/ }).click();
  await answerAnnotatorPrompt(page, 'Amal');
  await expect(page.getByTestId('document-view')).toBeVisible();
  expect(await page.locator('.doc-paragraph').count()).toBeLessThan(60);
  await page.getByTestId('document-view').focus();
  await page.keyboard.press('End');
  await page.keyboard.press('KeyG');
  await expect(page.getByRole('heading', { name: 'Spans (1)' })).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
});
