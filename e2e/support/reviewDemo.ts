import { expect, type Page } from '@playwright/test';
import { storedRecord } from './storedRecords.ts';

/**
 * Opens the review of the review demo's article (two annotators, gold empty) once the
 * demo projects have loaded; returns the document's id and text as stored.
 */
export async function openReviewDemoArticle(page: Page): Promise<{ docId: string; text: string }> {
  await page.goto('/');
  await expect(page.getByRole('article').filter({ hasText: 'Demo: review and agreement' })).toContainText('6 documents');
  await page.goto('/#/p/demo-review/review');
  await page.getByRole('link', { name: /المشاركون في المؤتمر الوزاري/ }).click();
  await expect(page.getByTestId('gold-version')).toBeVisible();
  const docId = decodeURIComponent(page.url().split('/review/')[1]!);
  const { text } = (await storedRecord<{ text: string }>(page, 'texts', docId))!;
  return { docId, text };
}
