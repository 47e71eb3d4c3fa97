import { expect, test, type Locator, type Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import type { DocumentRecord } from '../src/storage/tawsimSchema.ts';
import { answerAnnotatorPrompt } from './support/annotatorPrompt.ts';
import { chooseImportFiles, createProject, createProjectInArabic } from './support/importDialog.ts';
import { storedRecords } from './support/storedRecords.ts';
import { textRect } from './support/textSelection.ts';
import { expectAccessible } from './support/expectAccessible.ts';

// Public datasets cut to a few records (src/core/importers/fixtures/SOURCES.md).
const fixture = (name: string) => new URL(`../src/core/importers/fixtures/${name}`, import.meta.url).pathname;
// Six rows of the ANS stance corpus: s1, s2, stance, no "text" column.
const ansPath = fixture('ans_stance_sample.csv');
const FIRST_CLAIM = 'هجوم صاروخي يستهدف مطار في طرابلس ويجبر ليبيا على تغيير مسار الرحلات الجوية';

test('imports a CSV file, choosing its text column from the header', async ({ page }) => {
  await createProject(page, 'ANS claims');
  const dialog = await chooseImportFiles(page, ansPath);

  // No "text" column: the preview says so, names the columns and offers them for the text field.
  await expect(dialog.getByTestId('preview-summary')).toHaveText('0 documents from 1 file');
  await expect(dialog.locator('.preview-file summary')).toHaveText('ans_stance_sample.csv · CSV / TSV · Problems 1');
  // The values from the file are isolated (U+2068…U+2069), so they keep their places in a sentence of either direction.
  await expect(dialog.locator('.problem-list code')).toHaveText('ans_stance_sample.csv:1: the header has no column "\u2068text\u2069" (its columns: \u2068s1, s2, stance\u2069)');
  await expect(dialog.locator('#text-fields option')).toHaveCount(3);
  await expect(dialog.locator('#text-fields option').first()).toHaveAttribute('value', 's1');

  await dialog.getByLabel('Text field (JSON, JSONL) or column (CSV)').fill('s1');
  await expect(dialog.getByTestId('preview-summary')).toHaveText('6 documents from 1 file');
  await expect(dialog.locator('.preview-file summary')).toHaveText('ans_stance_sample.csv · CSV / TSV · Text 6');
  await expect(dialog.locator('.samples li').first()).toHaveText(FIRST_CLAIM);
  await expect(dialog.locator('.problem-list')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Import 6 documents' }).click();
  await expect(dialog.getByTestId('summary-imported')).toHaveText('6');
  await expect(dialog.getByTestId('summary-problems')).toHaveText('0');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'documents' })).toHaveText('6 documents (Text 6)');
  await page.getByRole('link', { name: FIRST_CLAIM }).click();
  await answerAnnotatorPrompt(page, 'Amal');
  await expect(page.locator('.doc-paragraph')).toHaveText(FIRST_CLAIM);
  await expect(page.getByText('ans_stance_sample.csv:2', { exact: true })).toBeVisible();
});

/** Chooses the ANS sample in a new project's import dialog, naming its columns. */
async function chooseAnsAsStance(page: Page, project: string): Promise<Locator> {
  await createProject(page, project);
  const dialog = await chooseImportFiles(page, ansPath);
  await dialog.getByLabel('Text field (JSON, JSONL) or column (CSV)').fill('s2');
  await dialog.getByLabel('Stance target field or column').fill('s1');
  await dialog.getByLabel('Stance label field or column').fill('stance');
  return dialog;
}

test('imports the ANS corpus as suggested stances, adds its labels to the schema, and an annotator accepts one', async ({ page }) => {
  const dialog = await chooseAnsAsStance(page, 'ANS stance');
  await expect(dialog.locator('.preview-file summary')).toHaveText('ans_stance_sample.csv · Stance records · Text 6 · 6 stances as suggestions');
  const notice = dialog.locator('.annotation-choice');
  await expect(notice).toContainText('Annotations found in 1 file (6 stances).');
  // ANS labels its stances agree, disagree and other; the project's schema has favour, against, neutral and unrelated. Added, they are named in both languages.
  await expect(dialog.getByTestId('missing-labels')).toHaveText('Not in this project’s schema: stance labels \u2068agree\u2069, \u2068disagree\u2069.');
  await expect(dialog.getByRole('checkbox', { name: /Add them to the schema/ })).toBeChecked();
  await notice.screenshot({ path: 'test-results/import-ans-preview.png' });
  await dialog.getByRole('button', { name: 'Import 6 documents' }).click();
  await expect(dialog.getByTestId('summary-imported')).toHaveText('6');
  await expect(dialog.getByTestId('summary-problems')).toHaveText('0');
  await expect(dialog.getByTestId('summary-labels-added')).toHaveText('Added to the schema: stance labels \u2068agree\u2069, \u2068disagree\u2069.');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('link', { name: 'هدوء الاشتباكات فى طرابلس' }).click();
  await answerAnnotatorPrompt(page, 'Amal');
  await page.getByRole('tab', { name: 'Stance' }).click();
  // The claim is a target the project does not list: the panel offers it, with the suggested label to accept or reject.
  const row = page.getByTestId('stance-row').filter({ hasText: FIRST_CLAIM });
  await expect(row.getByTestId('stance-suggestion')).toContainText('Suggested: \u2068Disagree\u2069');
  await expect(row.getByRole('radio', { name: 'disagree' })).not.toBeChecked();
  await page.screenshot({ path: 'test-results/import-ans-stance.png' });
  await expectAccessible(page, 'stance panel with a suggestion');
  await row.getByRole('button', { name: `Accept the suggested disagree toward ${FIRST_CLAIM}` }).click();
  await expect(row.getByRole('radio', { name: 'disagree' })).toBeChecked();
  await expect(row.getByTestId('stance-suggestion')).toHaveCount(0);
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.reload();
  await page.getByRole('tab', { name: 'Stance' }).click();
  await expect(page.getByTestId('stance-row').filter({ hasText: FIRST_CLAIM }).getByRole('radio', { name: 'disagree' })).toBeChecked();
  await expect(page.getByTestId('stance-suggestion')).toHaveCount(0);
});

test('imported as an annotator’s work without adding labels, a stance label the schema lacks is flagged, and a schema label replaces it', async ({ page }) => {
  const dialog = await chooseAnsAsStance(page, 'ANS stance, schema kept');
  await dialog.getByText('An annotator’s own work').click();
  await expect(dialog.locator('.preview-file summary')).toHaveText('ans_stance_sample.csv · Stance records · Text 6 · 6 stances by imported');
  await dialog.getByText(/^Add them to the schema/).click();
  await expect(dialog.getByRole('checkbox', { name: /Add them to the schema/ })).not.toBeChecked();
  await dialog.getByRole('button', { name: 'Import 6 documents' }).click();
  await expect(dialog.getByTestId('summary-imported')).toHaveText('6');
  await expect(dialog.getByTestId('summary-labels-added')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('link', { name: 'هدوء الاشتباكات فى طرابلس' }).click();
  await answerAnnotatorPrompt(page, 'imported');
  await page.getByRole('tab', { name: 'Stance' }).click();
  const row = page.getByTestId('stance-row').filter({ hasText: FIRST_CLAIM });
  await expect(row.getByTestId('stance-unknown-label')).toHaveText('⚠ Label “\u2068disagree\u2069” is not in the schema: choose one, or add it to the schema');
  await row.getByRole('radio', { name: /Against/ }).click();
  await expect(row.getByRole('radio', { name: /Against/ })).toBeChecked();
  await expect(row.getByTestId('stance-unknown-label')).toHaveCount(0);
});

test('NewsFANE’s fine-grained labels join the schema, and its sentences, each word led by an LRM, read right to left', async ({ page }) => {
  await createProject(page, 'NewsFANE');
  const dialog = await chooseImportFiles(page, new URL('../src/core/formats/fixtures/newsfane_sample.bio.tsv', import.meta.url).pathname);
  await expect(dialog.getByTestId('missing-labels')).toHaveText(
    'Not in this project’s schema: entity labels \u2068Government\u2069, \u2068Media\u2069, \u2068Nation\u2069, \u2068Non-Governmental\u2069, \u2068Other_PER\u2069, \u2068Population-Center\u2069.',
  );
  await dialog.getByRole('button', { name: /^Import \d+ documents$/ }).click();
  await expect(dialog.getByTestId('summary-labels-added')).toContainText('Added to the schema: entity labels \u2068Government\u2069');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The tokens carry a left-to-right mark each: the first strong character of the text, which
  // dir="auto" would follow and lay the Arabic words out left to right.
  await page.locator('.doc-link').filter({ hasText: 'فرانكفورت' }).first().click();
  await answerAnnotatorPrompt(page, 'Amal');
  await expect(page.locator('#annotate-title')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.doc-paragraph').first()).toHaveAttribute('dir', 'rtl');
  const first = await textRect(page, 'فرانكفورت');
  const later = await textRect(page, 'اعلن');
  expect(first.x).toBeGreaterThan(later.x);
  // The suggested spans carry the new labels, in the list to accept.
  await expect(page.getByTestId('suggestion').filter({ hasText: 'Population-Center' })).toHaveCount(1);
});

test('in Arabic, the preview says the problem of a file in Arabic, right to left, with the file and its values as they are', async ({ page }) => {
  await createProjectInArabic(page, 'مواقف');
  await page.getByRole('button', { name: 'استيراد ملفات' }).click();
  const dialog = page.getByRole('dialog');
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'اختر ملفات' }).click();
  await (await chooser).setFiles(ansPath);
  const problem = dialog.locator('.problem-list code');
  await expect(problem).toHaveText('ans_stance_sample.csv:1: ليس في سطر العناوين عمود «\u2068text\u2069» (أعمدته: \u2068s1, s2, stance\u2069)');
  await expect(problem).toHaveCSS('direction', 'rtl');
});

test('imports a JSON array of records, each one a document with its other fields as metadata', async ({ page }) => {
  await createProject(page, 'GSR spans');
  const dialog = await chooseImportFiles(page, fixture('gsr_assault_spans_sample.json'));

  await expect(dialog.getByTestId('preview-summary')).toHaveText('3 documents from 1 file');
  await expect(dialog.locator('.samples li').first()).toHaveText(/^كما هاجم مفجرون انتحاريون سياسيين/);
  // The elements' string fields are offered for the text field.
  await expect(dialog.locator('#text-fields option[value="text"]')).toHaveCount(1);
  await expect(dialog.locator('#text-fields option[value="_id"]')).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Import 3 documents' }).click();
  await expect(dialog.getByTestId('summary-imported')).toHaveText('3');
  await expect(dialog.getByTestId('summary-problems')).toHaveText('0');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'documents' })).toHaveText('3 documents (Text 3)');
  const stored = (await storedRecords<DocumentRecord>(page, 'documents')).filter((doc) => doc.meta.file === 'gsr_assault_spans_sample.json');
  expect(stored.map((doc) => doc.meta._id).sort()).toEqual(['5b520e266203c42f8aa08eb9', '5b520e266203c42f8aa08eba', '5b520e266203c42f8aa08ebb']);
  expect(stored.every((doc) => Array.isArray(doc.meta.spans) && doc.meta.event_type === 'ASSAULT')).toBe(true);
});

test('finds the space-separated records of MArSum’s .txt by itself', async ({ page }) => {
  await createProject(page, 'MArSum');
  // Three Goud.ma articles: a header "text summary", then "<article>" "<title>" per record.
  const dialog = await chooseImportFiles(page, fixture('marsum_goud_sample.txt'));
  await expect(dialog.getByTestId('preview-summary')).toHaveText('3 documents from 1 file');
  await expect(dialog.locator('.preview-file summary')).toContainText('CSV');
  // Told plain text, it is one document, as before.
  await dialog.getByRole('radiogroup', { name: 'Format' }).getByText('Plain text', { exact: true }).click();
  await expect(dialog.getByTestId('preview-summary')).toHaveText('1 document from 1 file');
  await dialog.getByRole('radiogroup', { name: 'Format' }).getByText('Detect').click();
  await expect(dialog.getByTestId('preview-summary')).toHaveText('3 documents from 1 file');
  await expect(dialog.locator('#text-fields option')).toHaveCount(2);
  await expect(dialog.locator('.samples li').first()).toHaveText(/^أكدت جمهورية كوريا دعمها/);
  await dialog.getByRole('button', { name: 'Import 3 documents' }).click();
  await expect(dialog.getByTestId('summary-imported')).toHaveText('3');
  await dialog.getByRole('button', { name: 'Close' }).click();
  const stored = (await storedRecords<DocumentRecord>(page, 'documents')).filter((doc) => doc.meta.file === 'marsum_goud_sample.txt');
  expect(stored.map((doc) => doc.meta.summary)).toContain('كوريا داعمة المغرب على الصحرا ديالو');
});

test('a long path inside an archive breaks within its box, beside its file’s disclosure marker', async ({ page }) => {
  await createProject(page, 'Archive paths');
  const path = `corpus/${'a'.repeat(180)}/long.txt`;
  const dialog = await chooseImportFiles(page, { name: 'corpus.zip', mimeType: 'application/zip', buffer: Buffer.from(zipSync({ [path]: strToU8('نص في مسار طويل') })) });
  const summary = dialog.locator('.preview-file summary');
  await expect(summary).toContainText(`corpus.zip/${path} · Plain text · Text 1`);
  const layout = await summary.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const firstLine = element.querySelector('bdi')!.getClientRects()[0]!;
    const padding = parseFloat(getComputedStyle(element).paddingTop);
    return { overflow: element.scrollWidth - element.clientWidth, gapAbove: firstLine.top - box.top - padding, firstLineShare: firstLine.width / box.width };
  });
  expect(layout.overflow).toBe(0);
  // The path starts on the marker's line and fills it: no line with the marker alone above it.
  expect(layout.gapAbove).toBeLessThan(4);
  expect(layout.firstLineShare).toBeGreaterThan(0.8);
});
