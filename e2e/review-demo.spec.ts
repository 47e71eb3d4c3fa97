import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

  // The report downloads as the JSON tawsim agree --json prints for the demo's file: every figure, document and note the same.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download the report/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^Demo-review-and-agreement-\d{4}-\d{2}-\d{2}\.agreement\.json$/);
  const fromApp = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  const fromCli = JSON.parse(execFileSync('node', ['bin/tawsim.mjs', 'agree', '--json', 'public/demo/demo_review_annotations.jsonl'], { encoding: 'utf8' }));
  expect(fromApp).toEqual(fromCli);
  // So does the project bundle the review screen downloads, read by the CLI as a pipeline would.
  const [bundleDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download project bundle' }).click()]);
  const bundlePath = join(test.info().outputDir, bundleDownload.suggestedFilename());
  await bundleDownload.saveAs(bundlePath);
  expect(JSON.parse(execFileSync('node', ['bin/tawsim.mjs', 'agree', '--json', bundlePath], { encoding: 'utf8' }))).toEqual(fromApp);

  // The article: Karim's boundary over the proclitic and his other label for باريس are marked.
  await page.getByRole('link', { name: /المشاركون في المؤتمر الوزاري/ }).click();
  await expect(page.getByText('لصلاح الدين مزوار').first()).toBeVisible();
  await expect(page.locator('body')).toContainText('Boundary');
  await expect(page.locator('body')).toContainText('Label');
  await page.screenshot({ path: 'test-results/review-demo-document.png' });
});

test('the buttons of a review item hand the keys back to its row when they go', async ({ page }) => {
  await page.goto('/#/p/demo-review/review');
  await page.getByRole('link', { name: /نقابة UMT تختم المؤتمر الوطني/ }).click();
  const row = page.getByTestId('review-items').getByRole('row', { name: /Boundary: نقابة UMT/ });
  await expect(row).toBeFocused();
  // Into the row's buttons, then Hind's Accept: disabled once gold has her span.
  await page.keyboard.press('ArrowRight');
  const accept = row.getByRole('button', { name: /Accept/ }).first();
  await expect(accept).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(accept).toBeDisabled();
  await expect(row).toBeFocused();
  // Remove from gold goes with the span.
  const remove = row.getByRole('button', { name: /Remove from gold/ });
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(remove).toBeHidden();
  await expect(row).toBeFocused();
  // So the review's keys act at once: Ctrl+Enter marks gold done.
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('gold-status')).toHaveText('Gold: Done');
});
