import type { Page } from '@playwright/test';

/** Answers the first-use "who is annotating?" prompt (or the switcher's) with a name. */
export async function answerAnnotatorPrompt(page: Page, name: string): Promise<void> {
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Start annotating' }).click();
}
