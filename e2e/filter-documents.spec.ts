import { expect as baseExpect, test, type Page } from '@playwright/test';
import { openDemoDocument } from './support/openDocument.ts';
import { answerAnnotatorPrompt } from './support/annotatorPrompt.ts';
import { expectAccessible } from './support/expectAccessible.ts';

// Writes go through IndexedDB: allow a loaded machine some slack.
const expect = baseExpect.configure({ timeout: 15_000 });

const HEADLINE = 'الأمن يوقف عصابة في الدار البيضاء';
/** A word of several headlines, the done one among them. */
const QUERY = 'الأمن';

const countLine = (page: Page) => page.locator('.library-tools [role="status"]');
/** Picks a filter by its visible label, as a pointer user does (react-aria hides the input itself). */
const choose = (page: Page, label: string) => page.getByRole('radiogroup').getByText(label, { exact: true }).click();
const rows = (page: Page) => page.locator('.doc-list [role="listitem"]');
const row = (page: Page, title: string) => rows(page).filter({ has: page.getByRole('link', { name: title }) });

test('an annotator lists what is left for them, alone or with a search, and each annotator has their own', async ({ page }) => {
  // Before anyone is annotating, there is nobody's work to filter by.
  await page.goto('/#/p/demo');
  await expect(countLine(page)).toHaveText(/59 documents/);
  await expect(page.getByRole('radiogroup', { name: 'Your documents' })).toHaveCount(0);

  await openDemoDocument(page, HEADLINE, 'Amal');
  await page.getByTestId('document-view').focus();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('doc-status')).toHaveText('Done');
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  await page.getByRole('link', { name: 'Back to the list' }).click();

  const filters = page.getByRole('radiogroup', { name: 'Your documents' });
  await expect(filters.getByRole('radio', { name: 'All' })).toBeChecked();
  await choose(page, 'To do');
  await expect(countLine(page)).toHaveText('58 documents to do, out of 59');
  // The headline is the sixth document, so it would be on screen were it still listed.
  await expect(page.getByRole('link', { name: 'نقابة UMT تختم المؤتمر الوطني' })).toBeVisible();
  await expect(page.getByRole('link', { name: HEADLINE })).toHaveCount(0);
  await expect(page.locator('.doc-row .status-done')).toHaveCount(0);

  await choose(page, 'Done');
  await expect(countLine(page)).toHaveText('1 document done, out of 59');
  await expect(rows(page)).toHaveCount(1);
  await expect(row(page, HEADLINE)).toContainText('Done');

  // With a search: the matches that pass the filter.
  await choose(page, 'All');
  await page.getByRole('searchbox', { name: 'Search documents' }).fill(QUERY);
  await expect(countLine(page)).toHaveText(/^\d+ of 59 documents match$/);
  const matches = Number((await countLine(page).textContent())!.split(' ')[0]);
  expect(matches).toBeGreaterThan(1);
  await choose(page, 'Done');
  await expect(countLine(page)).toHaveText('1 done document matches, out of 59');
  await expect(row(page, HEADLINE)).toBeVisible();
  await choose(page, 'To do');
  await expect(countLine(page)).toHaveText(`${matches - 1} documents to do match, out of 59`);
  await expect(rows(page)).toHaveCount(matches - 1);
  await expect(page.getByRole('link', { name: HEADLINE })).toHaveCount(0);
  await expectAccessible(page, 'library, filtered');
  await page.screenshot({ path: 'test-results/filter-documents.png' });

  // In Arabic, with the plural forms of the catalogue.
  await page.getByRole('button', { name: /Language/ }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('searchbox').fill('');
  await expect(countLine(page)).toHaveText('58 وثيقة متبقية من أصل 59');
  await choose(page, 'المنجزة');
  await expect(countLine(page)).toHaveText('وثيقة واحدة منجزة من أصل 59');
  await choose(page, 'المتبقية');
  await expect(countLine(page)).toHaveText('58 وثيقة متبقية من أصل 59');
  await page.screenshot({ path: 'test-results/filter-documents-ar.png' });
  await page.getByRole('button', { name: /اللغة|Language/ }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');

  // The choice stays while the annotator opens a document and comes back.
  await page.getByRole('link', { name: 'نقابة UMT تختم المؤتمر الوطني' }).click();
  await expect(page.getByTestId('document-view')).toBeVisible();
  await page.getByRole('link', { name: 'Back to the list' }).click();
  await expect(filters.getByRole('radio', { name: 'To do' })).toBeChecked();
  await expect(countLine(page)).toHaveText('58 documents to do, out of 59');

  // Another annotator has done nothing yet: all 59 are theirs to do, the headline new.
  await page.getByRole('button', { name: /switch annotator/ }).click();
  await answerAnnotatorPrompt(page, 'Omar');
  await expect(page.getByRole('button', { name: /Annotating as Omar/ })).toBeVisible();
  await expect(countLine(page)).toHaveText('59 documents to do, out of 59');
  await expect(row(page, HEADLINE)).toContainText('New');
  await choose(page, 'Done');
  await expect(countLine(page)).toHaveText('0 documents done, out of 59');
  await expect(rows(page)).toHaveCount(0);

  // Unfiltered, the list still shows how far anyone got.
  await choose(page, 'All');
  await expect(countLine(page)).toHaveText(/^59 documents/);
  await expect(row(page, HEADLINE)).toContainText('Done');
});

test('with To do chosen, next and previous in the annotation screen skip what the annotator has done', async ({ page }) => {
  const first = 'نقابة UMT تختم المؤتمر الوطني';
  const second = 'وفد برلماني فرنسي يزور العيون';
  const title = page.locator('#annotate-title');
  await openDemoDocument(page, first, 'Amal');
  await page.getByTestId('document-view').focus();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  await page.getByRole('link', { name: 'Back to the list' }).click();
  await choose(page, 'To do');
  await expect(countLine(page)).toHaveText('58 documents to do, out of 59');

  // From the article, the next document to do is the second headline: the first is done.
  await page.getByRole('link', { name: /المشاركون في المؤتمر الوزاري/ }).click();
  await expect(page.getByRole('button', { name: /Next to do/ })).toBeEnabled();
  await page.getByTestId('document-view').focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(title).toHaveText(second);
  await page.getByTestId('document-view').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(title).toHaveText(/المشاركون في المؤتمر الوزاري/);

  // With All, next is the next document in import order again.
  await page.getByRole('link', { name: 'Back to the list' }).click();
  await choose(page, 'All');
  await page.getByRole('link', { name: /المشاركون في المؤتمر الوزاري/ }).click();
  await expect(page.getByRole('button', { name: /^Next/ })).not.toContainText('to do');
  await page.getByTestId('document-view').focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(title).toHaveText(first);
});
