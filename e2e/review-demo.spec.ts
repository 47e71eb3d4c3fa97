import { expect, test } from '@playwright/test';

test('the review demo opens with two annotators whose disagreements are there to see', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('article').filter({ hasText: 'Demo: review and agreement' })).toContainText('6 documents');
  await page.goto('/#/p/demo-review/review');
  await expect(page.getByText('Annotators compared: 2. Documents annotated by two or more of them: 6.')).toBeVisible({ timeout: 15_000 });
  // The figures tawsim agree gives for the same file (public/demo/demo_review_annotations.jsonl).
  const entities = page.getByTestId('entity-figures');
  await expect(entities).toContainText('0.60');
  await expect(entities).toContainText('0.79');
  await expect(entities).toContainText('0.84');

  // The article: Karim's boundary over the proclitic and his other label for باريس are marked.
  await page.getByRole('link', { name: /المشاركون في المؤتمر الوزاري/ }).click();
  await expect(page.getByText('لصلاح الدين مزوار').first()).toBeVisible();
  await expect(page.locator('body')).toContainText('Boundary');
  await expect(page.locator('body')).toContainText('Label');
  await page.screenshot({ path: 'test-results/review-demo-document.png' });
});
