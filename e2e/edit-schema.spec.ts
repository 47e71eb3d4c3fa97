import { mkdirSync } from 'node:fs';
import { storedAnnotationSet } from './support/storedRecords.ts';
import { expect, test, type Page } from '@playwright/test';
import { toStoredAnnotation } from '../src/storage/storedAnnotation.ts';
import { openDemoDocument } from './support/openDocument.ts';
import { expectAccessible } from './support/expectAccessible.ts';

const SHOTS = '/tmp/shots';

interface StoredSet {
  projectId: string;
  docId: string;
  annotator: string;
  entities: { id: string; start: number; end: number; label: string }[];
}

/** Writes annotation sets straight into the app's database, as an annotator's earlier work. */
async function putAnnotationSets(page: Page, sets: StoredSet[]) {
  const stored = sets.map((set) => toStoredAnnotation({ ...set, status: 'in_progress', events: [], stance: [], updatedAt: 1, rev: 1 }));
  await page.evaluate(async (sets) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('tawsim');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('annotations', 'readwrite');
      for (const set of sets) {
        tx.objectStore('annotations').put(set);
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, stored);
}

async function storedLabels(page: Page, docId: string, annotator: string) {
  const record = (await storedAnnotationSet(page, docId, annotator))!;
  return { rev: record.rev, spans: record.entities.map((s) => `${s.id}:${s.label}`) };
}

const labelTable = (page: Page) => page.getByRole('grid', { name: 'Entity labels' });
const labelRow = (page: Page, tag: string) => labelTable(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name: tag, exact: true }) });

async function openSchema(page: Page) {
  // The demo project is created on first run; wait for it before opening its schema.
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Demo: Arabic news' })).toBeVisible();
  await page.goto('/#/p/demo/schema');
  await expect(page.getByRole('heading', { level: 1, name: 'Labels and hotkeys' })).toBeVisible();
}

test('edits entity labels, hotkeys and stance targets, and keeps the changes across reloads', async ({ page }) => {
  await openSchema(page);
  await expect(page.getByTestId('entity-count')).toHaveText('21 labels');
  await expect(labelTable(page).getByRole('row')).toHaveCount(22);
  await expect(labelRow(page, 'GPE')).toContainText('كيان جيوسياسي');
  await expect(labelRow(page, 'GPE')).toContainText('Geopolitical entity');

  // Add a label; the hotkey capture refuses a key another label has, and a reserved key.
  await page.getByRole('button', { name: 'Add label' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Tag').fill('WEAPON');
  await dialog.getByLabel('Arabic name').fill('سلاح');
  await dialog.getByLabel('English name').fill('Weapon');
  await dialog.getByRole('button', { name: 'Hotkey: None' }).click();
  await page.keyboard.press('KeyG');
  await expect(dialog.getByText('“G” is already the hotkey of Geopolitical entity (GPE).')).toBeVisible();
  await page.keyboard.press('KeyZ');
  await expect(dialog.getByText('“Z” is reserved for the annotation screen.')).toBeVisible();
  await page.keyboard.press('KeyH');
  await expect(dialog.getByRole('button', { name: 'Hotkey: H' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(labelRow(page, 'WEAPON')).toContainText('سلاح');
  await expect(labelRow(page, 'WEAPON').locator('kbd')).toHaveText('H');
  // Enter on a row edits its label.
  await labelRow(page, 'WEAPON').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toContainText('WEAPON');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  // Nothing invalid is saved: a taken tag and an empty name are shown inline.
  await page.getByRole('button', { name: 'Add label' }).click();
  await dialog.getByLabel('Tag').fill('GPE');
  await dialog.getByLabel('English name').fill('Country');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog.getByText('Another label already has this tag.')).toBeVisible();
  await expect(dialog.getByText('Write a name.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(labelTable(page).getByRole('row')).toHaveCount(23);

  // Rename a label's Arabic name, and recolour another.
  await page.getByRole('button', { name: 'Edit LOC' }).click();
  await dialog.getByLabel('Arabic name').fill('مكان');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(labelRow(page, 'LOC')).toContainText('مكان');
  await page.getByRole('button', { name: 'Edit GPE' }).click();
  await dialog.getByLabel('Colour').fill('#ff0000');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(labelRow(page, 'GPE')).toContainText('#ff0000');

  // Spans an annotator made earlier follow a tag rename and go with a removed label.
  await putAnnotationSets(page, [
    { projectId: 'demo', docId: 'demo:x', annotator: 'salma', entities: [{ id: 's1', start: 0, end: 3, label: 'PERS' }, { id: 's2', start: 4, end: 9, label: 'ORG' }] },
    { projectId: 'demo', docId: 'demo:x', annotator: 'omar', entities: [{ id: 's3', start: 4, end: 9, label: 'ORG' }] },
  ]);
  await page.getByRole('button', { name: 'Edit PERS' }).click();
  await dialog.getByLabel('Tag').fill('PER');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(labelRow(page, 'PER')).toContainText('شخص');
  expect(await storedLabels(page, 'demo:x', 'salma')).toEqual({ rev: 2, spans: ['s1:PER', 's2:ORG'] });

  // Removing an unused label asks, and says nothing more.
  await page.getByRole('button', { name: 'Remove NORP' }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('The label “Group of people” (NORP) will be removed');
  await expect(confirm.getByRole('button', { name: 'Remove' })).toBeEnabled();
  await expect(confirm.getByTestId('label-use')).toHaveCount(0);
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(confirm).toBeHidden();
  await expect(labelRow(page, 'NORP')).toHaveCount(0);

  // Removing a used label warns with the numbers first.
  await page.getByRole('button', { name: 'Remove ORG' }).click();
  await expect(confirm.getByTestId('label-use')).toContainText('Spans with this label: 2. Annotators who used it: 2.');
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(confirm).toBeHidden();
  expect(await storedLabels(page, 'demo:x', 'omar')).toEqual({ rev: 2, spans: [] });

  // Event types and stance labels take hotkeys too, refusing conflicts the same way.
  await page.getByRole('button', { name: 'Hotkey of Attack: None' }).click();
  await page.keyboard.press('Digit1');
  await expect(page.getByText('“1” is already the hotkey of Favour (favor).')).toBeVisible();
  await page.keyboard.press('KeyX');
  await expect(page.getByRole('button', { name: 'Hotkey of Attack: X' })).toBeVisible();

  // Stance targets: add, refuse a repeat.
  await page.getByLabel('New target').fill('وزارة الخارجية');
  await page.getByRole('button', { name: 'Add target' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'وزارة الخارجية' })).toBeVisible();
  await expect(page.getByLabel('New target')).toHaveValue('');
  await page.getByLabel('New target').fill('وزارة الخارجية');
  await page.getByRole('button', { name: 'Add target' }).click();
  await expect(page.getByText('This target is already listed.')).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('entity-count')).toHaveText('20 labels');
  await expect(labelRow(page, 'WEAPON').locator('kbd')).toHaveText('H');
  await expect(labelRow(page, 'LOC')).toContainText('مكان');
  await expect(labelRow(page, 'GPE')).toContainText('#ff0000');
  await expect(labelRow(page, 'PER')).toHaveCount(1);
  await expect(labelRow(page, 'NORP')).toHaveCount(0);
  await expect(labelRow(page, 'ORG')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Hotkey of Attack: X' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove وزارة الخارجية' })).toBeVisible();
});

test('adds a stance label annotators can choose, and removes it, leaving its stances flagged', async ({ page }) => {
  await openSchema(page);
  const form = page.getByRole('form', { name: 'New stance label' });
  const stanceLabels = page.locator('.stance-label');
  await expect(stanceLabels).toHaveCount(4);

  // A taken tag is refused inline, and nothing is saved.
  await form.getByLabel('Tag').fill('favor');
  await form.getByLabel('Arabic name').fill('يعارض');
  await form.getByLabel('English name').fill('Disagrees');
  await form.getByRole('button', { name: 'Add stance label' }).click();
  await expect(form.getByText('Another label already has this tag.')).toBeVisible();
  await expect(stanceLabels).toHaveCount(4);
  await expectAccessible(page, 'schema, stance label form with an error');

  // So is a name another stance label has: two labels would read the same.
  await form.getByLabel('Tag').fill('disagree');
  await form.getByLabel('English name').fill('against');
  await form.getByRole('button', { name: 'Add stance label' }).click();
  await expect(form.getByText('Another label already has this name.')).toBeVisible();
  await expect(stanceLabels).toHaveCount(4);

  await form.getByLabel('English name').fill('Disagrees');
  await form.getByRole('button', { name: 'Add stance label' }).click();
  const disagree = stanceLabels.filter({ hasText: 'Disagrees' });
  await expect(disagree).toContainText('disagree');
  await expect(disagree.getByRole('button', { name: 'Hotkey of Disagrees: None' })).toBeVisible();
  await expect(form.getByLabel('Tag')).toHaveValue('');
  await expect(form.getByText('Another label already has this tag.')).toHaveCount(0);

  // A target, so the article's stance panel has a row to choose the new label in.
  await page.getByLabel('New target').fill('وزارة الخارجية');
  await page.getByRole('button', { name: 'Add target' }).click();
  await expect(page.getByRole('button', { name: 'Remove وزارة الخارجية' })).toBeVisible();

  await openDemoDocument(page, /المشاركون في المؤتمر الوزاري/);
  await page.getByRole('tab', { name: 'Stance' }).click();
  const row = page.getByTestId('stance-row').filter({ hasText: 'وزارة الخارجية' });
  await row.getByRole('radio', { name: 'Disagrees' }).click();
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  await expect(row.getByRole('radio', { name: 'Disagrees' })).toBeChecked();

  // Removing the label from the keyboard: focus goes to the form, the hint says what becomes of its stances.
  await page.goto('/#/p/demo/schema');
  await expect(page.getByText('Removing a label keeps the stances that use it;')).toBeVisible();
  await page.getByRole('button', { name: 'Remove Disagrees (disagree)' }).focus();
  await page.keyboard.press('Enter');
  await expect(disagree).toHaveCount(0);
  await expect(stanceLabels).toHaveCount(4);
  await expect(form.getByLabel('Tag')).toBeFocused();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Labels and hotkeys' })).toBeVisible();
  await expect(stanceLabels).toHaveCount(4);

  // The stance stays, flagged, and the label is no longer offered.
  await openDemoDocument(page, /المشاركون في المؤتمر الوزاري/);
  await page.getByRole('tab', { name: 'Stance' }).click();
  await expect(row.getByTestId('stance-unknown-label')).toContainText('Label “\u2068disagree\u2069” is not in the schema');
  await expect(row.getByRole('radio', { name: 'Disagrees' })).toHaveCount(0);
});

test('mirrors in Arabic; screenshots in both languages', async ({ page }) => {
  mkdirSync(SHOTS, { recursive: true });
  await openSchema(page);
  await page.screenshot({ path: `${SHOTS}/schema-en.png` });
  await page.screenshot({ path: `${SHOTS}/schema-en-full.png`, fullPage: true });
  const colourEn = await labelTable(page).getByRole('columnheader', { name: 'Colour' }).boundingBox();
  const tagEn = await labelTable(page).getByRole('columnheader', { name: 'Tag' }).boundingBox();
  expect(colourEn!.x).toBeLessThan(tagEn!.x);

  await page.getByRole('button', { name: /Language/ }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: 'الوسوم واختصاراتها' })).toBeVisible();
  const table = page.getByRole('grid', { name: 'وسوم الكيانات' });
  await expect(table.getByRole('row')).toHaveCount(22);
  // Right to left: the first column sits at the right.
  const colourAr = await table.getByRole('columnheader', { name: 'اللون' }).boundingBox();
  const tagAr = await table.getByRole('columnheader', { name: 'الرمز' }).boundingBox();
  expect(colourAr!.x).toBeGreaterThan(tagAr!.x);
  await page.screenshot({ path: `${SHOTS}/schema-ar.png` });
  await page.screenshot({ path: `${SHOTS}/schema-ar-full.png`, fullPage: true });
  await page.getByRole('heading', { name: 'أنواع الأحداث' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/schema-ar-events.png` });

  await page.getByRole('button', { name: 'إضافة وسم', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'الاختصار: لا يوجد' }).click();
  await page.keyboard.press('KeyP');
  await expect(page.getByRole('dialog').getByText('«P» اختصار شخص (PERS) من قبل.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/schema-ar-dialog.png` });
});
