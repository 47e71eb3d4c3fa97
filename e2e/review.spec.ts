import { readFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Download, type Page } from '@playwright/test';
import { storedAnnotationSets, storedRecords } from './support/storedRecords.ts';
import { caretTo } from './support/caretTo.ts';
import { answerAnnotatorPrompt } from './support/annotatorPrompt.ts';
import { chooseImportFiles, createProjectInArabic } from './support/importDialog.ts';

// Writes go through IndexedDB and the figures through a worker: allow a loaded machine some slack.
const expect = baseExpect.configure({ timeout: 15_000 });

const HEADLINE = 'الأمن يوقف عصابة في الدار البيضاء';

/** Opens the headline in the annotation screen as `annotator`, switching annotator if someone else is current. */
async function annotateAs(page: Page, annotator: string) {
  await page.goto('/#/p/demo');
  await page.getByRole('link', { name: HEADLINE }).first().click();
  const switcher = page.getByRole('button', { name: /switch annotator/ });
  if (await switcher.isVisible().catch(() => false)) await switcher.click();
  await answerAnnotatorPrompt(page, annotator);
  await expect(page.getByTestId('annotator-name')).toHaveText(annotator);
  await expect(page.getByTestId('document-view')).toBeVisible();
}


/** Tags `words` words from `first` on with a label's hotkey, and waits for the write. */
async function tag(page: Page, first: string, words: number, hotkey: string) {
  await caretTo(page, first);
  for (let i = 1; i < words; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press(hotkey);
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
}

/** The spans of one annotator's set of the headline, as stored, with their texts. */
async function storedSpans(page: Page, annotator: string) {
  const texts = await storedRecords<{ id: string; projectId: string; text: string }>(page, 'texts');
  // The review demo holds the same headline: the one of the demo project.
  const doc = texts.find((t) => t.text === HEADLINE && t.projectId === 'demo')!;
  const sets = await storedAnnotationSets(page);
  const set = sets.find((s) => s.docId === doc.id && s.annotator === annotator);
  return (set?.entities ?? []).map((s) => `${s.label} ${doc.text.slice(s.start, s.end)}`).sort();
}

interface Downloaded {
  name: string;
  bytes: Buffer;
  json: any;
}

/** No serious or critical axe violations on the screen as it is now. */
async function expectAccessible(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).exclude('.app-header').analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map((v) => `${screen}: ${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  expect.soft(report, report.join('\n')).toEqual([]);
}

async function downloaded(download: Download): Promise<Downloaded> {
  const bytes = await readFile(await download.path());
  // Packages and bundles are gzipped JSON.
  expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
  return { name: download.suggestedFilename(), bytes, json: JSON.parse(gunzipSync(bytes).toString('utf8')) };
}

/** Gives a downloaded file back to a file chooser, under its own name. */
async function upload(page: Page, button: string, file: Downloaded) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button }).click()]);
  await chooser.setFiles({ name: file.name, mimeType: 'application/gzip', buffer: file.bytes });
}

async function downloadPackage(page: Page, whose: RegExp): Promise<Downloaded> {
  const exchange = page.locator('section.exchange');
  await exchange.getByRole('button', { name: /Whose work/ }).click();
  await page.getByRole('option', { name: whose }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), exchange.getByRole('button', { name: 'Download work package' }).click()]);
  return downloaded(download);
}

test('two annotators disagree, the reviewer sees how, builds gold and exports it; packages and bundles travel', async ({ page }) => {
  test.slow();
  // Amal tags the security forces, the gang and Casablanca as a GPE.
  await annotateAs(page, 'Amal');
  await tag(page, 'الأمن', 1, 'KeyO');
  await tag(page, 'عصابة', 1, 'KeyP');
  await tag(page, 'الدار', 2, 'KeyG');
  // Omar agrees on the security forces, misses the gang and calls Casablanca a LOC.
  await annotateAs(page, 'Omar');
  await tag(page, 'الأمن', 1, 'KeyO');
  await tag(page, 'الدار', 2, 'KeyL');
  expect(await storedSpans(page, 'Amal')).toEqual(['GPE الدار البيضاء', 'ORG الأمن', 'PERS عصابة']);
  expect(await storedSpans(page, 'Omar')).toEqual(['LOC الدار البيضاء', 'ORG الأمن']);

  // The overview: one exact match out of 3 + 2 spans, so exact_f1 = 2·1 / (3 + 2) = 0.40. Overlap adds nothing
  // (no other same-label overlap): precision 1/3, recall 1/2, F1 = 0.40. No events or stance: "—".
  await page.goto('/#/p/demo');
  await page.getByRole('link', { name: 'Review and agreement' }).click();
  await expect(page.getByRole('heading', { name: 'Review: Demo: Arabic news' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Amal/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Omar/ })).toBeChecked();
  const entities = page.getByTestId('entity-figures');
  const pair = entities.getByRole('row', { name: /Amal · Omar/ });
  await expect(pair.getByRole('cell').nth(0)).toHaveText('0.40');
  await expect(pair.getByRole('cell').nth(1)).toHaveText('0.40');
  await expect(page.getByTestId('event-figures').getByRole('row', { name: /Amal · Omar/ }).getByRole('cell').nth(0)).toContainText('—');
  await expect(page.getByTestId('agreement-report')).toContainText('Annotators compared: 2. Documents annotated by two or more of them: 1.');
  // The heat map (axes O, GPE, LOC, ORG, PERS): Amal's GPE against Omar's LOC on the 12 letters of "الدار البيضاء".
  const heat = page.getByTestId('confusion-table');
  await expect(heat.getByRole('row', { name: /^GPE/ }).getByRole('cell').nth(2)).toHaveText('12');
  await page.screenshot({ path: 'test-results/review-overview.png', fullPage: true });
  await expectAccessible(page, 'review overview');

  // The document review, from the list of documents by disagreement.
  await page.getByTestId('disagreement-list').getByRole('link', { name: new RegExp(HEADLINE) }).click();
  const items = page.getByTestId('review-items');
  await expect(items.getByRole('row')).toHaveCount(3);
  const agreed = items.getByRole('row', { name: /Agreed: الأمن/ });
  const label = items.getByRole('row', { name: /Label: الدار البيضاء/ });
  const missing = items.getByRole('row', { name: /Missing span: عصابة/ });
  await expect(agreed).toContainText('ORG');
  await expect(label).toContainText('GPE');
  await expect(label).toContainText('LOC');
  await expect(missing).toContainText('Missing in: Omar');
  await expect(page.getByTestId('annotator-version')).toHaveCount(2);

  // The shortcut sheet lists the review's own keys here.
  await page.getByRole('button', { name: /Shortcuts/ }).click();
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toContainText('Reviewing a document');
  await expect(sheet).toContainText('Accept all agreed items');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  // Accept what both agree on, then Amal's GPE with the keyboard: choose the row, press A.
  await page.getByRole('button', { name: 'Accept all agreed items (1)' }).click();
  await expect(agreed).toContainText('in gold');
  await label.click();
  await expect(label).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('KeyA');
  await expect(label).toContainText('in gold');
  expect(await storedSpans(page, 'gold')).toEqual(['GPE الدار البيضاء', 'ORG الأمن']);
  // Changing one's mind: 2 takes Omar's LOC instead, R takes it out, A puts the GPE back.
  await page.keyboard.press('Digit2');
  await expect.poll(() => storedSpans(page, 'gold')).toEqual(['LOC الدار البيضاء', 'ORG الأمن']);
  await page.keyboard.press('KeyR');
  await expect.poll(() => storedSpans(page, 'gold')).toEqual(['ORG الأمن']);
  await page.keyboard.press('KeyA');
  await expect.poll(() => storedSpans(page, 'gold')).toEqual(['GPE الدار البيضاء', 'ORG الأمن']);
  await expect(page.getByTestId('gold-version')).toContainText('2 spans');
  // K and J move between items (in text order: الأمن, عصابة, الدار البيضاء).
  await page.keyboard.press('KeyK');
  await expect(missing).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('KeyJ');
  await expect(label).toHaveAttribute('aria-selected', 'true');

  // Gold is edited in its own text as in the annotation screen: the gang as PERS, then deleted again.
  await page.getByTestId('gold-version').getByTestId('document-view').focus();
  await page.keyboard.press('Home');
  const goldCaret = page.getByTestId('gold-caret');
  for (let i = 0; i < 10 && (await goldCaret.textContent()) !== 'عصابة'; i++) await page.keyboard.press('ArrowLeft');
  await expect(goldCaret).toHaveText('عصابة');
  await page.keyboard.press('KeyP');
  await expect(missing).toContainText('in gold');
  await expect.poll(() => storedSpans(page, 'gold')).toEqual(['GPE الدار البيضاء', 'ORG الأمن', 'PERS عصابة']);
  await page.keyboard.press('Delete');
  await expect.poll(() => storedSpans(page, 'gold')).toEqual(['GPE الدار البيضاء', 'ORG الأمن']);
  await expect(missing).not.toContainText('in gold');
  await page.screenshot({ path: 'test-results/review-document.png', fullPage: true });
  await expectAccessible(page, 'document review');

  // Export gold as a work package and look inside.
  await page.getByRole('link', { name: 'Back to the review' }).click();
  const gold = await downloadPackage(page, /gold/);
  expect(gold.name).toMatch(/\.tawsim-work\.json\.gz$/);
  expect(gold.json).toMatchObject({ format: 'tawsim-work-package', version: 1, offset_unit: 'utf16', annotator: 'gold', project: { id: 'demo' } });
  expect(gold.json.documents).toHaveLength(1);
  const [goldDoc] = gold.json.documents;
  expect(goldDoc.hash).toMatch(/^[0-9a-f]{64}$/);
  expect(goldDoc.entities.map((e: { start: number; end: number; label: string }) => `${e.label} ${HEADLINE.slice(e.start, e.end)}`).sort()).toEqual(['GPE الدار البيضاء', 'ORG الأمن']);
  expect(gold.json.schema.entities.map((l: { tag: string }) => l.tag)).toContain('GPE');

  // Amal's package and the whole project as a bundle.
  const amal = await downloadPackage(page, /Amal/);
  expect(amal.json.annotator).toBe('Amal');
  const [bundleDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download project bundle' }).click()]);
  const bundle = await downloaded(bundleDownload);
  expect(bundle.json).toMatchObject({ format: 'tawsim-project-bundle', version: 1, project: { name: 'Demo: Arabic news' } });
  expect(bundle.json.documents.some((d: { text: string }) => d.text === HEADLINE)).toBe(true);
  expect(bundle.json.annotations.map((a: { annotator: string }) => a.annotator).sort()).toEqual(['Amal', 'Omar', 'gold']);

  // A project without the document refuses Amal's package, whole, and says why.
  await page.goto('/#/');
  await page.getByLabel('Project name').fill('Empty');
  await page.getByRole('button', { name: 'New project' }).click();
  // Chosen in the import dialog instead, the bundle and the package each say where they open, and nothing is imported.
  const dropped = await chooseImportFiles(page, [bundle, amal].map((file) => ({ name: file.name, mimeType: 'application/gzip', buffer: file.bytes })));
  await expect(dropped).toContainText('Tawsim project bundle');
  await expect(dropped).toContainText('Tawsim work package');
  await expect(dropped).toContainText('open it from the projects screen (“Open a project bundle”), which makes a new project of it');
  await expect(dropped).toContainText('choose it under “Import work packages” on the project’s Review and agreement screen');
  await page.keyboard.press('Escape');
  await expect(dropped).toBeHidden();
  await page.getByRole('link', { name: 'Review and agreement' }).click();
  await upload(page, 'Choose packages…', amal);
  const refused = page.getByTestId('package-results');
  await expect(refused).toContainText(`${amal.name}: ✗ refused, nothing imported`);
  await expect(refused).toContainText('Documents of the package not in this project: 1 of 1');
  await expect(refused).toContainText(HEADLINE);
  // The bundle chosen as a package says where it opens.
  await upload(page, 'Choose packages…', bundle);
  await expect(refused).toContainText('This is a project bundle, not a work package: open it from the projects screen (“Open a project bundle”)');

  // The bundle opens as a new project, which then takes Amal's package: the same work, so nothing changes.
  await page.goto('/#/');
  await upload(page, 'Choose a bundle…', bundle);
  const result = page.getByTestId('bundle-result');
  await expect(result).toContainText(/New project with \d+ documents and 3 annotation sets/);
  await expectAccessible(page, 'projects with bundle import');
  await result.getByRole('link', { name: 'Demo: Arabic news' }).click();
  await page.getByRole('link', { name: 'Review and agreement' }).click();
  await expect(page.getByTestId('entity-figures').getByRole('row', { name: /Amal · Omar/ }).getByRole('cell').nth(0)).toHaveText('0.40');
  await upload(page, 'Choose packages…', amal);
  await expect(page.getByTestId('package-results')).toContainText(`${amal.name}: ✓ Amal: 0 documents updated, 1 unchanged, 0 kept (newer here).`);
});

test('the reviewer relabels a gold span from its menu; the span keeps its id across a reload', async ({ page }) => {
  test.slow();
  await annotateAs(page, 'Amal');
  await tag(page, 'الأمن', 1, 'KeyO');
  await tag(page, 'الدار', 2, 'KeyG');
  await annotateAs(page, 'Omar');
  await tag(page, 'الأمن', 1, 'KeyO');
  await tag(page, 'الدار', 2, 'KeyL');

  await page.goto('/#/p/demo');
  await page.getByRole('link', { name: 'Review and agreement' }).click();
  await page.getByTestId('disagreement-list').getByRole('link', { name: new RegExp(HEADLINE) }).click();
  const items = page.getByTestId('review-items');
  const label = items.getByRole('row', { name: /Label: الدار البيضاء/ });
  await label.click();
  await page.keyboard.press('KeyA');
  await expect.poll(() => storedSpans(page, 'gold')).toEqual(['GPE الدار البيضاء']);
  const goldSet = async () => (await storedAnnotationSets(page)).find((set) => set.annotator === 'gold')!;
  const [before] = (await goldSet()).entities;

  // By keyboard: open the gold span's menu, type ahead to FAC (letters there are not review keys), Enter.
  const relabel = label.getByRole('button', { name: 'Change label: GPE الدار البيضاء' });
  await relabel.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Change label: GPE الدار البيضاء' });
  await expect(menu.getByRole('menuitemradio', { name: /GPE/ })).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.type('FAC');
  await expect(menu.getByRole('menuitemradio', { name: /FAC/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect.poll(() => storedSpans(page, 'gold')).toEqual(['FAC الدار البيضاء']);
  // The relabelled span's row has focus, so the review's keys go on from there.
  await expect(items.getByRole('row', { name: /Label: الدار البيضاء/ })).toBeFocused();
  await expect(label).toContainText('only in gold');

  await page.reload();
  await expect(label.getByRole('button', { name: 'Change label: FAC الدار البيضاء' })).toBeVisible();
  const after = await goldSet();
  expect(after.entities).toEqual([{ ...before, label: 'FAC' }]);

  // The same menu in Arabic, mirrored.
  await page.getByRole('button', { name: /Language/ }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await label.getByRole('button', { name: 'تغيير الوسم: FAC الدار البيضاء' }).click();
  await expect(page.getByRole('menu', { name: 'تغيير الوسم: FAC الدار البيضاء' })).toBeVisible();
  await expectAccessible(page, 'gold relabel menu (Arabic)');
  await page.screenshot({ path: 'test-results/review-relabel-gold-ar.png' });
});

test('in Arabic, a malformed work package is refused with each field’s problem said in Arabic', async ({ page }) => {
  await createProjectInArabic(page, 'حزم معيبة');
  await page.getByRole('link', { name: 'المراجعة والاتفاق' }).click();
  const broken = { format: 'tawsim-work-package', version: 1, offset_unit: 'utf16', annotator: 'Amal', exportedAt: 'yesterday', project: {}, documents: 'none' };
  const bytes = gzipSync(Buffer.from(JSON.stringify(broken)));
  await upload(page, 'اختيار الحزم…', { name: 'amal.tawsim-work.json.gz', bytes, json: broken });
  const refused = page.getByTestId('package-results');
  await expect(refused).toContainText('حقول غير صحيحة:');
  const fields = (await refused.locator('.problem-list li').allTextContents()).map((line) => line.replace(/[\u2066-\u2069]/g, ''));
  expect(fields.length).toBeGreaterThanOrEqual(3);
  expect(fields.some((line) => line.startsWith('exportedAt: '))).toBe(true);
  expect(fields.some((line) => line.startsWith('documents: '))).toBe(true);
  // Past each path, the JSON names in «» and the name of a standard, nothing is in English.
  for (const line of fields) expect(line.replace(/^[\w.[\]]+: /, '').replace(/«[^»]*»|ISO 8601/g, ''), line).not.toMatch(/[A-Za-z]{2,}/);
  await refused.screenshot({ path: test.info().outputPath('arabic-package-problems.png') });
});
