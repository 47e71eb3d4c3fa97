import { expect, test, type Page } from '@playwright/test';
import { openDemoDocument } from './support/openDocument.ts';
import { shownDocumentId, storedAnnotationSet, storedRecord } from './support/storedRecords.ts';

/*
 * Two tabs on the same document, as one annotator: an edit in one shows in the other
 * without a reload, and edits fired from both at once both land (each write applies
 * to the latest stored record, so neither overwrites the other).
 */
const ARTICLE = /المشاركون في المؤتمر الوزاري/;

const openArticle = (page: Page) => openDemoDocument(page, ARTICLE);

/** Puts the caret on the word `words` steps from the start, ready for a hotkey. */
async function caretOnWord(page: Page, words: number) {
  await page.getByTestId('document-view').focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < words; i++) await page.keyboard.press('ArrowLeft');
  return (await page.locator('.annotate-main [aria-live]').textContent()) ?? '';
}

async function storedSpans(page: Page) {
  const docId = shownDocumentId(page);
  const text = (await storedRecord<{ text: string }>(page, 'texts', docId))!.text;
  const set = await storedAnnotationSet(page, docId, 'Amal');
  return (set?.entities ?? []).map((e) => `${e.label}:${text.slice(e.start, e.end)}`).sort();
}

test('an edit in one tab appears in the other, and edits from both at once both survive', async ({ context }) => {
  const a = await context.newPage();
  await openArticle(a);
  const b = await context.newPage();
  await openArticle(b);
  await expect(b.getByRole('heading', { name: 'Spans (0)' })).toBeVisible();

  // One tab edits; the other shows it without a reload.
  const first = await caretOnWord(a, 3);
  await a.keyboard.press('KeyG');
  await expect(a.getByTestId('save-state')).toHaveText('All changes saved');
  await expect(b.getByRole('heading', { name: 'Spans (1)' })).toBeVisible();
  await expect(b.locator('.span-row')).toContainText(first);

  // Both tabs edit at once: the two writes race; both must land, in storage and on screen.
  const fromA = await caretOnWord(a, 7);
  const fromB = await caretOnWord(b, 11);
  expect(new Set([first, fromA, fromB]).size).toBe(3);
  await Promise.all([a.keyboard.press('KeyO'), b.keyboard.press('KeyL')]);
  for (const page of [a, b]) {
    await expect(page.getByRole('heading', { name: 'Spans (3)' })).toBeVisible();
    await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  }
  expect(await storedSpans(a)).toEqual([`GPE:${first}`, `LOC:${fromB}`, `ORG:${fromA}`].sort());

  // And again the other way round, a few times, with no wait between the tabs.
  for (const [wa, wb] of [[15, 19], [23, 27]] as const) {
    await caretOnWord(a, wa);
    await caretOnWord(b, wb);
    await Promise.all([b.keyboard.press('KeyG'), a.keyboard.press('KeyG')]);
  }
  for (const page of [a, b]) await expect(page.getByRole('heading', { name: 'Spans (7)' })).toBeVisible();
  await expect(a.getByTestId('save-state')).toHaveText('All changes saved');
  await expect(b.getByTestId('save-state')).toHaveText('All changes saved');
  expect(await storedSpans(b)).toHaveLength(7);

  // A reload shows the same.
  await a.reload();
  await expect(a.getByRole('heading', { name: 'Spans (7)' })).toBeVisible();
});
