import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { answerAnnotatorPrompt } from './support/annotatorPrompt.ts';
import { chooseImportFiles, createProject } from './support/importDialog.ts';
import { storedAnnotationSets } from './support/storedRecords.ts';

async function tagInArticle(page: Page) {
  await page.goto('/#/p/demo');
  await page.getByRole('link', { name: /المشاركون في المؤتمر الوزاري/ }).click();
  await answerAnnotatorPrompt(page, 'Amal');
  const view = page.getByTestId('document-view');
  await view.focus();
  const live = page.locator('.annotate-main [aria-live]');
  for (const [word, key] of [['الرباط', 'KeyG'], ['ليبيا', 'KeyG'], ['مزوار', 'KeyP']] as const) {
    await page.keyboard.press('Home');
    for (let i = 0; i < 400 && (await live.textContent()) !== word; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press(key);
    await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  }
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('doc-status')).toHaveText('Done');
}

async function exportAs(page: Page, format: string | RegExp, unit?: RegExp) {
  await page.goto('/#/p/demo');
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(format).click();
  await expect(dialog.getByRole('checkbox', { name: 'Amal' })).toBeChecked();

  if (unit) await dialog.getByText(unit).click();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  await expect(dialog.getByTestId('export-summary')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

test('exports Tawsim JSONL whose code point offsets slice like Python, and UTF-16 on request', async ({ page }) => {
  await tagInArticle(page);
  const jsonl = await exportAs(page, 'Tawsim JSONL');
  expect(jsonl.name).toBe('Demo_Arabic_news.jsonl');
  const lines = jsonl.text.trimEnd().split('\n').map((line) => JSON.parse(line));
  expect(lines).toHaveLength(1);
  const [line] = lines;
  expect(line).toMatchObject({ annotator: 'Amal', status: 'done', offset_unit: 'codepoint', events: [], stance: [] });
  expect(Object.keys(line)).toEqual(['id', 'text', 'meta', 'annotator', 'status', 'offset_unit', 'entities', 'events', 'stance']);
  expect(line.entities.map((e: { label: string; text: string }) => `${e.label}:${e.text}`)).toEqual(['GPE:الرباط', 'GPE:ليبيا', 'PERS:مزوار']);
  // What Python's text[start:end] gives: slicing by code points.
  for (const e of line.entities) expect([...line.text].slice(e.start, e.end).join('')).toBe(e.text);

  const utf16 = await exportAs(page, 'Tawsim JSONL', /UTF-16 code units/);
  const [u] = utf16.text.trimEnd().split('\n').map((l) => JSON.parse(l));
  expect(u.offset_unit).toBe('utf16');
  for (const e of u.entities) expect(u.text.slice(e.start, e.end)).toBe(e.text);
});

test('exports doccano and CoNLL for users of those tools', async ({ page }) => {
  await tagInArticle(page);
  // The layers a format cannot hold are said before the export, not left out unseen.
  await page.goto('/#/p/demo');
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(/^doccano JSONL$/).click();
  await expect(dialog.getByTestId('layers-left-out')).toHaveText('Not in this format, so not exported: Events and Stance.');
  await dialog.getByText('Stance classification JSONL').click();
  await expect(dialog.getByTestId('layers-left-out')).toHaveText('Not in this format, so not exported: Entities and Events.');
  await dialog.getByText('Tawsim JSONL').click();
  await expect(dialog.getByTestId('layers-left-out')).toBeHidden();
  // With nobody's work chosen, Export is disabled, and the dialog says why.
  await dialog.getByText('Amal', { exact: true }).click();
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeDisabled();
  await expect(dialog.getByTestId('export-choose-annotator')).toHaveText('Choose whose work to export (the suggestions an import brought are one of them).');
  await page.keyboard.press('Escape');

  const doccano = await exportAs(page, /^doccano JSONL$/);
  const [d] = doccano.text.trimEnd().split('\n').map((l) => JSON.parse(l));
  expect(d.offset_unit).toBe('codepoint');
  expect(d.label.map(([s, e, l]: [number, number, string]) => `${l}:${[...d.text].slice(s, e).join('')}`)).toEqual(['GPE:الرباط', 'GPE:ليبيا', 'PERS:مزوار']);

  const conll = await exportAs(page, 'CoNLL / BIO');
  expect(conll.text).toContain('الرباط B-GPE');
  expect(conll.text).toContain('مزوار B-PERS');
});

test('the brat zip the export writes imports back into another project, unpacked, with its spans', async ({ page }) => {
  await tagInArticle(page);
  await page.goto('/#/p/demo');
  await page.getByRole('button', { name: 'Export' }).click();
  const exportDialog = page.getByRole('dialog');
  await exportDialog.getByText('brat standoff (zip)').click();
  const download = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  const zip = { name: file.suggestedFilename(), mimeType: 'application/zip', buffer: readFileSync((await file.path())!) };
  expect(zip.name).toMatch(/\.brat\.zip$/);

  await createProject(page, 'From brat');
  const dialog = await chooseImportFiles(page, [zip]);
  // The file picker offers archives, as Playwright's setFiles would not tell.
  await expect(dialog.locator('input[type="file"]')).toHaveAttribute('accept', /(^|,)\.zip,\.tar,\.gz,\.tgz(,|$)/);
  // The archive's Amal/ID.ann and Amal/ID.txt read as one brat document.
  await expect(dialog.getByTestId('preview-summary')).toHaveText('1 document from 1 file');
  await expect(dialog.locator('.preview-file summary')).toContainText(new RegExp(`${zip.name}/Amal/[0-9a-f]{16}\\.ann \\+ ${zip.name}/Amal/[0-9a-f]{16}\\.txt · brat standoff`));
  await dialog.getByRole('button', { name: 'Import 1 document' }).click();
  await expect(dialog.getByTestId('summary-imported')).toHaveText('1');
  const sets = await storedAnnotationSets(page);
  const suggested = sets.find((set) => set.annotator === '~suggestions' && set.projectId !== 'demo');
  expect(suggested?.entities.map((entity) => entity.label)).toEqual(['GPE', 'GPE', 'PERS']);
});
