import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { answerAnnotatorPrompt } from './support/annotatorPrompt.ts';
import { chooseImportFiles, createProject, createProjectInArabic } from './support/importDialog.ts';

const seedPath = new URL('../public/demo/000_884f1ecf36255e5d.txt', import.meta.url).pathname;
const LEAD = 'احتضن مقر وزارة الشؤون الخارجية والتعاون بالعاصمة الرباط، على امتداد يومين';

test('the demo project is there on first run', async ({ page }) => {
  await page.goto('/');
  const card = page.getByRole('article').filter({ hasText: 'Demo: Arabic news' });
  await expect(card).toContainText('59 documents');
});

test('imports the seed news page through the UI, with preview, and keeps it across reloads', async ({ page }) => {
  await createProject(page, 'Seed import');
  const dialog = await chooseImportFiles(page, seedPath);

  // The preview says what is kept and what is dropped before anything is written.
  await expect(dialog.getByTestId('preview-summary')).toHaveText('59 documents from 1 file');
  await expect(dialog.locator('.segment.dropped').filter({ hasText: 'شكرا على الإبلاغ' })).toHaveCount(1);
  await expect(dialog.locator('.segment.dropped').filter({ hasText: 'انقر هنا لقراءة الخبر من مصدره' })).toHaveCount(1);
  await expect(dialog.locator('.segment.dropped').filter({ hasText: LEAD })).toHaveCount(1);

  await dialog.getByRole('button', { name: 'Import 59 documents' }).click();
  await expect(dialog.getByTestId('summary-imported')).toHaveText('59');
  await expect(dialog.getByTestId('summary-duplicates')).toHaveText('0');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'documents' })).toHaveText('59 documents (Article 1 · Headline 58)');

  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'documents' })).toHaveText('59 documents (Article 1 · Headline 58)');
  await page.getByRole('link', { name: /المشاركون في المؤتمر الوزاري/ }).click();
  await answerAnnotatorPrompt(page, 'Amal');
  await expect(page.getByText('الاتحاد الاشتراكي', { exact: true })).toBeVisible();
  await expect(page.getByText('2013-03-11', { exact: true })).toBeVisible();
  const text = await page.evaluate(() => [...document.querySelectorAll('.doc-paragraph')].map((p) => p.textContent).join('\n'));
  expect(text?.startsWith('المشاركون في المؤتمر الوزاري الإقليمي الثاني حول أمن الحدود')).toBe(true);
  expect(text?.split(LEAD).length).toBe(2);
  expect(text).not.toContain('شكرا على الإبلاغ');
  expect(text).not.toContain('انقر هنا');
  await expect(page.locator('.doc-blocks')).toHaveAttribute('dir', 'rtl');

  // The same page again: every document is a duplicate.
  await page.getByRole('link', { name: 'Back to the list' }).click();
  await chooseImportFiles(page, seedPath);
  await page.getByRole('dialog').getByRole('button', { name: 'Import 59 documents' }).click();
  await expect(page.getByTestId('summary-imported')).toHaveText('0');
  await expect(page.getByTestId('summary-duplicates')).toHaveText('59');
});

test('a dropped JSONL file with bad lines imports the good ones and reports the rest', async ({ page }) => {
  await createProject(page, 'JSONL drop');
  await page.getByRole('button', { name: 'Import files' }).click();
  const content = readFileSync(new URL('./fixtures/mixed.jsonl', import.meta.url), 'utf8');
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'mixed.jsonl', { type: 'application/jsonl' }));
    return transfer;
  }, content);
  const zone = page.locator('.drop-zone');
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByTestId('preview-summary')).toHaveText('2 documents from 1 file');
  await page.getByRole('button', { name: 'Import 2 documents' }).click();
  await expect(page.getByTestId('summary-imported')).toHaveText('2');
  await expect(page.getByTestId('summary-problems')).toHaveText('2');
  await expect(page.locator('.import-summary code').first()).toContainText('mixed.jsonl:2:');
  await expect(page.locator('.import-summary code').nth(1)).toContainText('mixed.jsonl:3:');
});

test('search ignores tashkeel, tatweel and letter variants', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Demo: Arabic news' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'documents' })).toContainText('59 documents');
  // "الرِّبـاط" with shadda, kasra and a tatweel still finds the article about Rabat.
  await page.getByLabel('Search documents').fill('الرِّبـاط');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('1 of 59 documents match');
  await expect(page.getByRole('link', { name: /المشاركون في المؤتمر/ })).toBeVisible();
  // Alef with hamza typed plain: "اسرائيل" finds "الإسرائيلي" and "إسرائيل".
  await page.getByLabel('Search documents').fill('اسرائيل');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('3 of 59 documents match');
  // The rows are the new search's, not the previous one's.
  await expect(page.getByRole('link', { name: /إسرائيل تنشر فيديو/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /المشاركون في المؤتمر/ })).toBeHidden();
});

test('in Arabic, the preview says in Arabic what each dropped line is and why', async ({ page }) => {
  await createProjectInArabic(page, 'معاينة');
  await page.getByRole('button', { name: 'استيراد ملفات' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'اختر ملفات' }).click();
  await (await chooser).setFiles(seedPath);
  const dialog = page.getByRole('dialog');
  const footer = dialog.locator('.segment.dropped').filter({ hasText: 'انقر هنا لقراءة الخبر من مصدره' });
  await expect(footer).toContainText('رابط التذييل (رابط إلى موقع المصدر)');
  await expect(dialog.locator('.segment.dropped').filter({ hasText: 'نشر في' })).toContainText('يُحفظ بيانات وصفية: المصدر والتاريخ');
  // No English left in the labels of the kept and dropped lines.
  const labels = await dialog.locator('.segment > .badge, .segment > .muted').allTextContents();
  expect(labels.length).toBeGreaterThan(5);
  for (const label of labels) expect(label).not.toMatch(/[A-Za-z]/);
});
