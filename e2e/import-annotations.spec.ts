import { expect, test, type Page } from '@playwright/test';
import { answerAnnotatorPrompt } from './support/annotatorPrompt.ts';

const fixture = new URL('./fixtures/preannotated.jsonl', import.meta.url).pathname;

/** Creates a project and chooses the fixture in its import dialog; returns the dialog. */
async function importFixtureInto(page: Page, project: string) {
  await page.goto('/');
  await page.getByLabel('Project name').fill(project);
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByRole('button', { name: 'Import files' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose files' }).click();
  await (await chooser).setFiles(fixture);
  return page.getByRole('dialog');
}

test('pre-annotations come in as suggestions an annotator accepts or rejects', async ({ page }) => {
  const dialog = await importFixtureInto(page, 'Model output');
  await expect(dialog).toContainText('Annotations found in 1 file (2 entity spans).');
  await expect(dialog.locator('.preview-file summary')).toContainText('Tawsim JSONL');
  await expect(dialog.getByRole('radio', { name: 'Suggestions that each annotator accepts or rejects' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Import 1 document' }).click();
  await expect(dialog.getByTestId('summary-imported')).toHaveText('1');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('link', { name: /أعلن وزير الخارجية/ }).click();
  await answerAnnotatorPrompt(page, 'Amal');
  await expect(page.getByRole('heading', { name: 'Suggestions (2)' })).toBeVisible();
  await page.getByTestId('suggestion').filter({ hasText: 'لوران فابيوس' }).getByRole('button', { name: 'Accept' }).click();
  await page.getByTestId('suggestion').filter({ hasText: 'باريس' }).getByRole('button', { name: 'Reject' }).click();
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  await expect(page.getByRole('heading', { name: /Suggestions/ })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Spans (1)' })).toBeVisible();
  await expect(page.locator('.span-row')).toContainText('لوران فابيوس');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Spans (1)' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Suggestions/ })).toBeHidden();
  // Accepting was an edit like any other: it can be undone.
  await page.getByTestId('document-view').focus();
  await page.keyboard.press('Control+KeyZ');
  await expect(page.getByRole('heading', { name: 'Spans (0)' })).toBeVisible();
});

test('an annotator’s exported work imports as that annotator', async ({ page }) => {
  const dialog = await importFixtureInto(page, 'Hand-over');
  await dialog.getByText('An annotator’s own work').click();
  await dialog.getByRole('textbox', { name: 'Annotator', exact: true }).fill('Omar');
  await expect(dialog.locator('.preview-file summary')).toContainText('2 entity spans by Omar');
  await dialog.getByRole('button', { name: 'Import 1 document' }).click();
  await expect(dialog.getByTestId('summary-imported')).toHaveText('1');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('.doc-row')).toContainText('In progress');
  await page.getByRole('link', { name: /أعلن وزير الخارجية/ }).click();
  await answerAnnotatorPrompt(page, 'Omar');
  await expect(page.getByRole('heading', { name: 'Spans (2)' })).toBeVisible();
});

test('accepting all suggestions is one edit: one undo takes them all back', async ({ page }) => {
  const dialog = await importFixtureInto(page, 'Model output, all');
  await dialog.getByRole('button', { name: 'Import 1 document' }).click();
  await expect(dialog.getByTestId('summary-imported')).toHaveText('1');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('link', { name: /أعلن وزير الخارجية/ }).click();
  await answerAnnotatorPrompt(page, 'Sara');
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect(page.getByRole('heading', { name: 'Spans (2)' })).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  await page.getByTestId('document-view').focus();
  await page.keyboard.press('Control+KeyZ');
  await expect(page.getByRole('heading', { name: 'Spans (0)' })).toBeVisible();
  await page.keyboard.press('Control+Shift+KeyZ');
  await expect(page.getByRole('heading', { name: 'Spans (2)' })).toBeVisible();
});
