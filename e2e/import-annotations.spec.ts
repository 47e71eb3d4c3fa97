import { readFileSync } from 'node:fs';
import { expect, test, type FileChooser, type Page } from '@playwright/test';
import { answerAnnotatorPrompt } from './support/annotatorPrompt.ts';
import { createProjectInArabic } from './support/importDialog.ts';

const fixture = new URL('./fixtures/preannotated.jsonl', import.meta.url).pathname;

/** Creates a project and chooses the fixture (or other files) in its import dialog; returns the dialog. */
async function importFixtureInto(page: Page, project: string, files: Parameters<FileChooser['setFiles']>[0] = fixture) {
  await page.goto('/');
  await page.getByLabel('Project name').fill(project);
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByRole('button', { name: 'Import files' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose files' }).click();
  await (await chooser).setFiles(files);
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
  // Rejecting and accepting were edits like any other: each can be undone, and the suggestion shows again.
  await page.getByTestId('document-view').focus();
  await page.keyboard.press('Control+KeyZ');
  await expect(page.getByRole('heading', { name: 'Suggestions (1)' })).toBeVisible();
  await expect(page.getByTestId('suggestion')).toContainText('باريس');
  await expect(page.getByRole('heading', { name: 'Spans (1)' })).toBeVisible();
  await page.keyboard.press('Control+KeyZ');
  await expect(page.getByRole('heading', { name: 'Spans (0)' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Suggestions (2)' })).toBeVisible();
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

test('accepting all suggestions is one edit: one undo takes them all back, and the suggestions show again', async ({ page }) => {
  const dialog = await importFixtureInto(page, 'Model output, all');
  await dialog.getByRole('button', { name: 'Import 1 document' }).click();
  await expect(dialog.getByTestId('summary-imported')).toHaveText('1');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('link', { name: /أعلن وزير الخارجية/ }).click();
  await answerAnnotatorPrompt(page, 'Sara');
  const acceptAll = page.getByRole('button', { name: 'Accept all' });
  await acceptAll.click();
  await expect(page.getByRole('heading', { name: 'Spans (2)' })).toBeVisible();
  await expect(acceptAll).toHaveCount(0);
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  await page.getByTestId('document-view').focus();
  await page.keyboard.press('Control+KeyZ');
  await expect(page.getByRole('heading', { name: 'Spans (0)' })).toBeVisible();
  // Undone, the suggestions are undecided again, not lost.
  await expect(acceptAll).toBeVisible();
  await page.keyboard.press('Control+Shift+KeyZ');
  await expect(page.getByRole('heading', { name: 'Spans (2)' })).toBeVisible();
  await expect(acceptAll).toHaveCount(0);
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Spans (2)' })).toBeVisible();
  await page.getByTestId('document-view').focus();
  await page.keyboard.press('Control+KeyZ');
  await expect(acceptAll).toBeVisible();
});

test('a suggested event is accepted with the entities it needs, as one undo step, pointing at the annotator’s own spans', async ({ page }) => {
  const text = 'الأمن يوقف عصابة في الدار البيضاء';
  const line = {
    id: 'h1', text, meta: { kind: 'headline' }, annotator: 'model', status: 'done', offset_unit: 'codepoint',
    entities: [
      { id: 'e1', start: 11, end: 16, label: 'PERS', text: 'عصابة' },
      { id: 'e2', start: 20, end: 33, label: 'GPE', text: 'الدار البيضاء' },
    ],
    events: [{ id: 'v1', type: 'Justice:Arrest-Jail', trigger: { start: 6, end: 10, text: 'يوقف' }, arguments: [{ role: 'Person', entity: 'e1' }, { role: 'Place', entity: 'e2' }] }],
    stance: [],
  };
  const dialog = await importFixtureInto(page, 'Event model', { name: 'events.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(`${JSON.stringify(line)}\n`) });
  await expect(dialog).toContainText('Annotations found in 1 file (2 entity spans and 1 event).');
  await dialog.getByRole('button', { name: 'Import 1 document' }).click();
  await expect(dialog.getByTestId('summary-problems')).toHaveText('0');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('link', { name: text }).click();
  await answerAnnotatorPrompt(page, 'Amal');
  await page.getByRole('tab', { name: /Events/ }).click();
  const suggestion = page.getByTestId('event-suggestion');
  await expect(suggestion).toContainText('يوقف');
  await expect(suggestion).toContainText('Accepting it also adds its 2 entities to your spans.');
  await page.screenshot({ path: 'test-results/event-suggestion.png' });
  await suggestion.getByRole('button', { name: /^Accept the suggested/ }).click();
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  await expect(page.getByTestId('event-suggestion')).toHaveCount(0);
  const card = page.getByTestId('event-v1');
  await expect(card.getByTestId('event-argument')).toHaveCount(2);
  await expect(card.getByTestId('event-argument').first()).toContainText('عصابة');
  await expect(card.getByTestId('event-argument').nth(1)).toContainText('الدار البيضاء');

  // One undo takes back the event and the entities it brought; one redo puts both back.
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  const redo = page.getByRole('button', { name: 'Redo', exact: true });
  await undo.click();
  await expect(card).toHaveCount(0);
  await page.getByRole('tab', { name: 'Entities' }).click();
  await expect(page.getByRole('heading', { name: 'Spans (0)' })).toBeVisible();
  await redo.click();
  await expect(page.getByRole('heading', { name: 'Spans (2)' })).toBeVisible();
  await page.getByRole('tab', { name: /Events/ }).click();
  await expect(card.getByTestId('event-argument')).toHaveCount(2);
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');

  await page.reload();
  await page.getByRole('tab', { name: /Events/ }).click();
  await expect(page.getByTestId('event-v1').getByTestId('event-argument')).toHaveCount(2);
  await expect(page.getByTestId('event-suggestion')).toHaveCount(0);
});

test('in Arabic, an annotated file’s bad records are explained in Arabic, with their fields as the file names them', async ({ page }) => {
  const good = readFileSync(fixture, 'utf8').split('\n')[0]!;
  const record = JSON.parse(good) as Record<string, unknown>;
  const bad = [
    { ...record, id: 'bad1', offset_unit: undefined },
    { ...record, id: 'bad2', entities: 'none' },
    { ...record, id: 'bad3', entities: [{ id: 'e1', start: 27, end: 3900, label: 'PERS', text: 'لوران فابيوس' }] },
  ].map((line) => JSON.stringify(line));
  await createProjectInArabic(page, 'سجلات معيبة');
  await page.getByRole('button', { name: 'استيراد ملفات' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'اختر ملفات' }).click();
  await (await chooser).setFiles({ name: 'model.jsonl', mimeType: 'application/json', buffer: Buffer.from([good, ...bad].join('\n')) });
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'استيراد وثيقة واحدة' }).click();
  await expect(dialog.getByTestId('summary-problems')).toHaveText('3');
  const listed = (await dialog.locator('.import-summary li').allTextContents()).map((line) => line.replace(/[\u2066-\u2069]/g, ''));
  expect(listed).toHaveLength(3);
  expect(listed[0]).toContain('model.jsonl:2');
  expect(listed[0]).toContain('لا حقل «offset_unit»');
  expect(listed[1]).toContain('الحقل «entities» ليس مصفوفة (نص)');
  expect(listed[2]).toContain('entities[0]: "end": الإزاحة 3900 خارج النص');
  // Past the place, the file's own names and the JSON path, nothing is in English.
  for (const line of listed) {
    const said = line.replace(/^model\.jsonl:\d+:?\s*/, '').replace(/entities\[\d+\]|"end"|«[^»]*»|\(0\.\.\d+\)/g, '');
    expect(said, line).not.toMatch(/[A-Za-z]{2,}/);
  }
  await dialog.locator('.import-summary ul').screenshot({ path: test.info().outputPath('arabic-record-problems.png') });
});

test('a CoNLL file without -DOCSTART- comes in as documents of as many sentences as asked', async ({ page }) => {
  const conll = new URL('../src/core/formats/fixtures/wojood_sample.conll', import.meta.url).pathname;
  const sentences = readFileSync(conll, 'utf8').split(/\n\s*\n/).filter((block) => block.trim() !== '').length;
  const dialog = await importFixtureInto(page, 'Wojood', conll);
  await expect(dialog.getByRole('button', { name: `Import ${sentences} documents` })).toBeVisible();
  // The offset unit is a choice for doccano and Label Studio files only.
  await expect(dialog.getByText('Offsets in doccano and Label Studio files count')).toBeHidden();
  await dialog.getByRole('textbox', { name: 'Sentences per document in CoNLL files' }).fill('4');
  await dialog.getByRole('textbox', { name: 'Sentences per document in CoNLL files' }).blur();
  await dialog.getByRole('button', { name: `Import ${Math.ceil(sentences / 4)} documents` }).click();
  await expect(dialog.getByTestId('summary-imported')).toHaveText(String(Math.ceil(sentences / 4)));
});
