import { expect, type Page } from '@playwright/test';
import { answerAnnotatorPrompt } from './annotatorPrompt.ts';

/**
 * Opens a document of the demo project from its list, answering the first-use
 * "who is annotating?" prompt with `annotator` when it comes, and waits for the text.
 */
export async function openDemoDocument(page: Page, title: RegExp | string, annotator = 'Amal'): Promise<void> {
  await page.goto('/#/p/demo');
  await page.getByRole('link', { name: title }).first().click();
  const name = page.getByLabel('Your name');
  const view = page.getByTestId('document-view');
  await expect(name.or(view)).toBeVisible();
  if (await name.isVisible()) await answerAnnotatorPrompt(page, annotator);
  await expect(view).toBeVisible();
}
