import { expect, test, type Page } from '@playwright/test';
import { openDemoDocument } from './support/openDocument.ts';
import { shownDocumentId, storedAnnotationSet, storedRecord } from './support/storedRecords.ts';

const ARTICLE = /المشاركون في المؤتمر الوزاري/;

/** Where the caret's highlight is drawn, against the document view's box. */
async function caretOnScreen(page: Page) {
  return page.evaluate(() => {
    const name = [...CSS.highlights.keys()].find((key) => key.endsWith('-caret'));
    const range = name ? ([...CSS.highlights.get(name)!][0] as Range | undefined) : undefined;
    const view = document.querySelector('[data-testid="document-view"]')!.getBoundingClientRect();
    if (!range) return null;
    const rect = range.getBoundingClientRect();
    return { text: range.toString(), inView: rect.top >= view.top && rect.bottom <= view.bottom };
  });
}

test('finds words however they are written, steps through the matches and tags the one found', async ({ page }) => {
  await openDemoDocument(page, ARTICLE, 'Amal');
  const docId = shownDocumentId(page);
  const { text } = (await storedRecord<{ text: string }>(page, 'texts', docId))!;
  const count = (needle: string) => text.split(needle).length - 1;

  await page.getByTestId('document-view').focus();
  await page.keyboard.press('Control+KeyF');
  const bar = page.getByRole('search', { name: 'Find in the document' });
  const field = bar.getByRole('textbox', { name: 'Find in the document' });
  await expect(field).toBeFocused();

  // Typed with tashkeel, found without: the caret goes to the first match as the query is typed.
  await field.fill('الرِّباط');
  const total = count('الرباط');
  expect(total).toBeGreaterThan(2);
  await expect(page.getByTestId('find-count')).toHaveText(`1 of ${total}`);
  await expect.poll(() => caretOnScreen(page)).toEqual({ text: 'الرباط', inView: true });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('find-count')).toHaveText(`2 of ${total}`);
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Shift+Enter');
  // From the first, back round to the last, far down the article: scrolled into view.
  await expect(page.getByTestId('find-count')).toHaveText(`${total} of ${total}`);
  await expect.poll(() => caretOnScreen(page)).toEqual({ text: 'الرباط', inView: true });

  // Esc closes the bar from its buttons too.
  await bar.getByRole('button', { name: 'Next match (Enter)' }).focus();
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await expect(page.getByTestId('document-view')).toBeFocused();

  // Reopened, the bar searches its query again from the caret.
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+KeyF');
  await expect(field).toBeFocused();
  await expect(page.getByTestId('find-count')).toHaveText(`1 of ${total}`);

  // A match inside a word: "العاصمة" in "بالعاصمة". Esc returns to the text with it under the caret.
  await field.fill('العاصمه');
  await expect(page.getByTestId('find-count')).toHaveText(`1 of ${count('العاصمة')}`);
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await expect(page.getByTestId('document-view')).toBeFocused();
  await page.keyboard.press('KeyL');
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  const first = text.indexOf('العاصمة');
  expect(text.slice(first - 1, first)).toBe('ب');
  const set = (await storedAnnotationSet(page, docId, 'Amal'))!;
  expect(set.entities.map((s) => ({ label: s.label, start: s.start, end: s.end }))).toEqual([{ label: 'LOC', start: first, end: first + 'العاصمة'.length }]);

  // Ctrl+G from the text goes on to the next match of the same query, without the bar.
  await page.keyboard.press('Control+KeyG');
  await expect.poll(() => caretOnScreen(page)).toEqual({ text: 'العاصمة', inView: true });
  await page.keyboard.press('Control+KeyF');
  await expect(field).toHaveValue('العاصمه');
  await expect(page.getByTestId('find-count')).toHaveText(`2 of ${count('العاصمة')}`);
  await page.screenshot({ path: 'test-results/find-in-document.png' });

  await field.fill('كلمة لا توجد');
  await expect(page.getByTestId('find-count')).toHaveText('No match');
  await bar.getByRole('button', { name: /Close the find bar/ }).click();
  await expect(bar).toBeHidden();
});

test('tags every match at once, and one undo takes them all back', async ({ page }) => {
  await openDemoDocument(page, ARTICLE, 'Omar');
  const docId = shownDocumentId(page);
  const { text } = (await storedRecord<{ text: string }>(page, 'texts', docId))!;
  const total = text.split('الرباط').length - 1;

  await page.getByTestId('document-view').focus();
  await page.keyboard.press('Control+KeyF');
  await page.getByRole('textbox', { name: 'Find in the document' }).fill('الرباط');
  await expect(page.getByTestId('find-count')).toHaveText(`1 of ${total}`);
  await page.keyboard.press('Alt+Enter');
  const menu = page.getByRole('dialog', { name: `Tag all ${total} matches` });
  await expect(menu).toBeVisible();
  await page.screenshot({ path: 'test-results/find-tag-all.png' });
  // The label's hotkey works in the menu, as in the one at a selection.
  await page.keyboard.press('KeyG');
  await expect(menu).toBeHidden();
  await expect(page.getByRole('heading', { name: `Spans (${total})` })).toBeVisible();
  await expect(page.getByText(`Tagged ${total} matches as GPE.`)).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  const stored = (await storedAnnotationSet(page, docId, 'Omar'))!;
  expect(stored.entities.map((s) => `${s.label}:${text.slice(s.start, s.end)}`)).toEqual(Array(total).fill('GPE:الرباط'));

  // Again with the same label: nothing left to tag.
  await page.getByRole('button', { name: /Tag all/ }).click();
  await page.getByRole('dialog', { name: `Tag all ${total} matches` }).getByRole('menuitem', { name: /GPE/ }).click();
  await expect(page.getByText('Every match is tagged GPE already.')).toBeVisible();

  // Back in the text, one undo takes the whole batch back; one redo brings it back.
  await expect(page.getByTestId('document-view')).toBeFocused();
  await page.keyboard.press('Control+KeyZ');
  await expect(page.getByRole('heading', { name: 'Spans (0)' })).toBeVisible();
  await page.keyboard.press('Control+Shift+KeyZ');
  await expect(page.getByRole('heading', { name: `Spans (${total})` })).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  await page.reload();
  await expect(page.getByRole('heading', { name: `Spans (${total})` })).toBeVisible();
});
