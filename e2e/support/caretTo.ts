import { expect, type Page } from '@playwright/test';

/** Moves the keyboard caret from the start of the text to `word` (ArrowLeft reads on in RTL). */
export async function caretTo(page: Page, word: string): Promise<void> {
  await page.getByTestId('document-view').focus();
  await page.keyboard.press('Home');
  const live = page.locator('.annotate-main [aria-live]');
  for (let i = 0; i < 400 && (await live.textContent()) !== word; i++) await page.keyboard.press('ArrowLeft');
  await expect(live).toHaveText(word);
}
