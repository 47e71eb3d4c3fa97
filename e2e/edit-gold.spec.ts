import { expect, test } from '@playwright/test';
import { openReviewDemoArticle } from './support/reviewDemo.ts';
import { storedAnnotationSet } from './support/storedRecords.ts';
import { expectAccessible } from './support/expectAccessible.ts';

test('a reviewer edits gold in the annotation screen: a document-level event and a span, then back in the review', async ({ page }) => {
  const { docId, text } = await openReviewDemoArticle(page);
  await expect(page.getByTestId('gold-version')).toContainText('0 spans · 0 events · 0 stances');

  // The review's gold text edits spans; events, arguments and stance are edited in the annotation screen, over gold.
  await page.getByRole('link', { name: 'Edit gold in the annotation screen' }).click();
  await expect(page).toHaveURL(new RegExp(`/review/${encodeURIComponent(docId)}/gold$`));
  await expect(page.getByTestId('gold-editing')).toContainText('You are editing gold');
  await page.getByRole('tab', { name: /Events/ }).click();
  await page.getByRole('button', { name: 'Document-level event' }).click();
  await page.getByRole('combobox', { name: 'Event type' }).fill('Meet');
  await page.getByRole('option', { name: /Meet/ }).click();
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  await page.getByTestId('document-view').focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('KeyO');
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  await page.screenshot({ path: 'test-results/edit-gold.png' });
  await expectAccessible(page, 'annotation screen over gold');

  const gold = (await storedAnnotationSet(page, docId, 'gold'))!;
  expect(gold.events.map((event) => [event.type, event.trigger])).toEqual([['Contact:Meet', null]]);
  expect(gold.entities.map((span) => `${span.label} ${text.slice(span.start, span.end)}`)).toEqual(['ORG المشاركون']);

  // Back in the review, gold has them, and nobody else's set changed.
  await page.getByRole('link', { name: 'Back to the document’s review' }).click();
  await expect(page.getByTestId('gold-version')).toContainText('1 span · 1 event · 0 stances');
  expect((await storedAnnotationSet(page, docId, 'Hind'))!.events).toEqual([]);
});
