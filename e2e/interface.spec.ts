import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { answerAnnotatorPrompt } from './support/annotatorPrompt.ts';
import { expectAccessible } from './support/expectAccessible.ts';

const seedPath = new URL('../public/demo/000_884f1ecf36255e5d.txt', import.meta.url).pathname;
const screenshots = new URL('../docs/screenshots/', import.meta.url).pathname;
const ARTICLE = /المشاركون في المؤتمر الوزاري/;

test.use({ viewport: { width: 1280, height: 800 } });

async function shoot(page: Page, name: string) {
  if (!process.env.TAWSIM_SCREENSHOTS) return;
  mkdirSync(screenshots, { recursive: true });
  // From the top, so every picture shows the header; focus stays where the test left it.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${screenshots}${name}.png` });
}

async function openArticleAs(page: Page, annotator: string) {
  await page.goto('/#/p/demo');
  await page.getByRole('link', { name: ARTICLE }).click();
  await answerAnnotatorPrompt(page, annotator);
  await expect(page.getByTestId('document-view')).toBeVisible();
}

/** Presses Tab until the focused element's accessible text matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp, key = 'Tab') {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press(key);
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return `${el?.dataset.testid ?? ''} ${el?.getAttribute('aria-label') ?? ''} ${el?.innerText ?? ''} ${(el as HTMLInputElement | null)?.labels?.[0]?.innerText ?? ''}`;
    });
    if (name.test(focused)) return;
  }
  throw new Error(`never reached ${name} with ${key}`);
}

test('no serious or critical axe violations on any screen', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Projects' })).toBeVisible();
  await expect(page.getByRole('article').filter({ hasText: 'Demo: Arabic news' })).toContainText('59 documents');
  await expectAccessible(page, 'projects');
  await shoot(page, 'projects');

  await page.goto('/#/p/demo');
  await expect(page.getByRole('status').filter({ hasText: 'documents' })).toContainText('59 documents');
  await expect(page.getByTestId('tour')).toBeVisible();
  await expectAccessible(page, 'library');
  await shoot(page, 'library');

  await page.getByRole('button', { name: 'Import files' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('dialog').getByRole('button', { name: 'Choose files' }).click();
  await (await chooser).setFiles(seedPath);
  await expect(page.getByRole('dialog').getByTestId('preview-summary')).toHaveText('59 documents from 1 file');
  await expectAccessible(page, 'import dialog');
  await shoot(page, 'import');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page, 'export dialog');
  await shoot(page, 'export');
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Labels and schema' }).click();
  await expect(page.getByRole('heading', { name: 'Labels and hotkeys', level: 1 })).toBeVisible();
  await expectAccessible(page, 'schema');
  await shoot(page, 'schema');

  await openArticleAs(page, 'Amal');
  await page.getByTestId('document-view').focus();
  await page.keyboard.press('KeyG');
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  await expectAccessible(page, 'annotate');
  await shoot(page, 'annotate');

  await page.keyboard.press('Shift+Slash');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expectAccessible(page, 'shortcut sheet');
  await shoot(page, 'shortcuts');
  await page.keyboard.press('Escape');

  // The review demo: two annotators' work on the seed article and five headlines.
  await page.goto('/#/p/demo-review/review');
  await expect(page.getByRole('heading', { name: 'Review: Demo: review and agreement' })).toBeVisible();
  // The figures come from the agreement worker: checked once they are on screen.
  await expect(page.getByText('Annotators compared: 2. Documents annotated by two or more of them: 6.')).toBeVisible();
  await expectAccessible(page, 'review');
  await shoot(page, 'review');
});

test('? opens the shortcut sheet on every screen, with the project’s labels on the annotation screen', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Projects' })).toBeVisible();
  await page.keyboard.press('Shift+Slash');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toContainText('Open the focused project');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  await page.goto('/#/p/demo');
  await page.getByRole('button', { name: /Shortcuts/ }).click();
  await expect(sheet).toContainText('Previous or next document');
  await page.keyboard.press('Escape');

  await openArticleAs(page, 'Amal');
  await page.getByTestId('document-view').focus();
  // An Arabic layout: the same physical key types ؟, and must still open the sheet.
  await page.evaluate(() =>
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: '؟', code: 'Slash', shiftKey: true, bubbles: true })),
  );
  await expect(sheet).toBeVisible();
  for (const text of ['Ctrl+Z', 'Ctrl+Shift+Z', 'Ctrl+Enter', 'Alt+↓', 'Home', 'Delete', 'Tab', 'Enter', 'Alt+G', 'V']) {
    await expect(sheet.locator('kbd', { hasText: new RegExp(`^${text.replace(/[+]/g, '\\+')}$`) }).first()).toBeVisible();
  }
  const labels = sheet.getByRole('region', { name: 'Labels of this project' });
  await expect(labels).toContainText('GPE · Geopolitical entity');
  await expect(labels).toContainText('Change a label’s key under Labels and schema');
  // Typing ? in a text field types it instead.
  await page.keyboard.press('Escape');
  await page.goto('/');
  await page.getByLabel('Project name').fill('why?');
  await expect(page.getByLabel('Project name')).toHaveValue('why?');
  await expect(sheet).toBeHidden();
});

test('guidelines are written in the schema screen, rendered without HTML, and open beside the document; label descriptions show in the menu', async ({ page }) => {
  await page.goto('/#/p/demo/schema');
  const field = page.getByLabel('Guidelines (Markdown)');
  await field.fill('# Places\n\nTag **cities** as GPE.\n\n<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>\n\n[bad](javascript:alert(1))');
  await page.getByRole('button', { name: 'Save guidelines' }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: 'Places' })).toBeVisible();
  await expect(preview.locator('strong')).toHaveText('cities');
  await expect(preview.locator('img, script')).toHaveCount(0);
  await expect(preview.getByRole('link', { name: 'bad' })).not.toHaveAttribute('href', /javascript/);

  await page.getByRole('button', { name: 'Edit GPE' }).click();
  await page.getByLabel('Description (English)').fill('Countries, cities and regions with a government.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeHidden();

  await openArticleAs(page, 'Amal');
  await page.getByTestId('document-view').focus();
  await page.keyboard.press('Alt+KeyG');
  const panel = page.getByRole('complementary', { name: 'Guidelines' });
  await expect(panel.getByRole('heading', { name: 'Places' })).toBeVisible();
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  await shoot(page, 'guidelines');
  await page.keyboard.press('Alt+KeyG');
  await expect(panel).toBeHidden();
  await expect(page.locator('.palette-item', { hasText: 'GPE' })).toContainText('Countries, cities and regions');

  await page.getByTestId('document-view').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: /GPE/ })).toContainText('Countries, cities and regions with a government.');
});

test('spans are announced with their label', async ({ page }) => {
  await openArticleAs(page, 'Amal');
  await page.getByTestId('document-view').focus();
  await page.keyboard.press('KeyG');
  await expect(page.locator('.annotate-main [aria-live]')).toHaveText(/^المشاركون: GPE, Geopolitical entity$/);
});

test('after one visit the app opens with no network, and says it works offline', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByTestId('offline-indicator')).toHaveText('Works offline', { timeout: 20_000 });
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Projects' })).toBeVisible();
  await expect(page.getByRole('article').filter({ hasText: 'Demo: Arabic news' })).toContainText('59 documents');
  // Chromium 150 keeps the emulated network down across the reload but reports navigator.onLine
  // true to the new document (a real browser reports the system's state); emulating the drop
  // again gives the page its `offline` event, as a connection lost while the app is open does.
  await context.setOffline(false);
  await context.setOffline(true);
  await expect(page.getByTestId('offline-indicator')).toHaveText('Offline: working from this browser');
  // And works: the demo article opens and takes a span.
  await openArticleAs(page, 'Amal');
  await page.getByTestId('document-view').focus();
  await page.keyboard.press('KeyG');
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  await context.setOffline(false);
});

test('the browser tab is titled after the screen, in the interface’s language', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Projects · Tawsim');
  await page.goto('/#/p/demo');
  await expect(page).toHaveTitle('Demo: Arabic news · Tawsim');
  await page.goto('/#/p/demo/schema');
  await expect(page).toHaveTitle('Labels and hotkeys · Demo: Arabic news · Tawsim');
  await page.goto('/#/p/demo-review/review');
  await expect(page).toHaveTitle('Review: Demo: review and agreement · Tawsim');
  await page.getByRole('link', { name: /نقابة UMT تختم المؤتمر الوطني/ }).click();
  await expect(page).toHaveTitle('نقابة UMT تختم المؤتمر الوطني · Review and agreement · Tawsim');
  await page.getByRole('button', { name: /Language/ }).click();
  await expect(page).toHaveTitle('نقابة UMT تختم المؤتمر الوطني · المراجعة والاتفاق · توسيم');
});

test('going to another screen puts the focus on its heading, so Tab and a screen reader start there', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Demo: Arabic news' }).click();
  const heading = page.getByRole('heading', { level: 1, name: 'Demo: Arabic news' });
  await expect(heading).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Review and agreement' })).toBeFocused();
  await page.getByRole('link', { name: 'Labels and schema' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Labels and hotkeys' })).toBeFocused();
});

test('a link to a project or document that is not here says which, and leads back', async ({ page }) => {
  await page.goto('/#/p/nope');
  await expect(page.getByRole('alert')).toHaveText('This project does not exist.');
  await page.getByRole('link', { name: 'All projects' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projects');
  await page.goto('/#/p/demo/d/nope');
  await expect(page.getByRole('alert')).toHaveText('This document does not exist.');
  await page.getByRole('link', { name: 'Back to the list' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Demo: Arabic news');
});

test('Skip to content moves past the header and stays on the screen', async ({ page }) => {
  await page.goto('/#/p/demo');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Demo: Arabic news');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  expect(new URL(page.url()).hash).toBe('#/p/demo');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'All projects' })).toBeFocused();
});

test('the demo project opens with a four-step tour that stays closed once dismissed', async ({ page }) => {
  await page.goto('/#/p/demo');
  const tour = page.getByTestId('tour');
  await expect(tour.getByRole('listitem')).toHaveText(['Import', 'Annotate', 'Review', 'Export']);
  await expect(tour).toContainText('Step 1 of 4 · Import');
  await tour.getByRole('button', { name: 'Next tip' }).click();
  await expect(tour).toContainText('Step 2 of 4 · Annotate');
  // By keyboard, Back to the first step (where Back is disabled) leaves the focus on Next.
  await tour.getByRole('button', { name: 'Back' }).focus();
  await page.keyboard.press('Enter');
  await expect(tour).toContainText('Step 1 of 4 · Import');
  await expect(tour.getByRole('button', { name: 'Next tip' })).toBeFocused();
  await page.keyboard.press('Enter');
  await tour.getByRole('button', { name: 'Close the tour' }).focus();
  await page.keyboard.press('Enter');
  await expect(tour).toBeHidden();
  // What follows the tour takes the focus: the search.
  await expect(page.getByRole('searchbox', { name: 'Search documents' })).toBeFocused();
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'documents' })).toContainText('59 documents');
  await expect(tour).toBeHidden();
});

test('progress shows documents done, spans per label and time, as charts with tables', async ({ page }) => {
  await openArticleAs(page, 'Amal');
  await page.getByTestId('document-view').focus();
  await page.keyboard.press('KeyG');
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('doc-status')).toHaveText('Done');
  await page.goto('/#/p/demo');
  await page.getByText('Progress', { exact: true }).click();
  await expect(page.getByText('1 of 59 documents done')).toBeVisible();
  const labels = page.getByRole('figure', { name: 'Spans per label' });
  await expect(labels.getByRole('row', { name: /GPE/ })).toContainText('1');
  await expect(page.getByRole('figure', { name: 'Documents done, per annotator' }).getByRole('row', { name: /Amal/ })).toContainText('1 / 59');
  await expect(page.getByRole('figure', { name: 'Active editing time, per annotator' }).getByRole('row', { name: /Amal/ })).toContainText('min');
  await shoot(page, 'progress');
});

test('in Arabic the whole layout mirrors and the strings are Arabic', async ({ page }) => {
  await page.goto('/');
  const brand = page.locator('.app-header > a').first();
  const ltrX = (await brand.boundingBox())!.x;
  await page.getByRole('button', { name: /Language/ }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('المشاريع');
  await expect(brand).toHaveText('توسيم');
  // The brand sits at the inline start: left in English, right in Arabic.
  const rtlBox = (await brand.boundingBox())!;
  expect(ltrX).toBeLessThan(200);
  expect(rtlBox.x + rtlBox.width).toBeGreaterThan(1280 - 200);
  await expect(page.getByTestId('offline-indicator')).toHaveText('يعمل دون اتصال', { timeout: 20_000 });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await shoot(page, 'projects-ar');

  await page.goto('/#/p/demo');
  await expect(page.getByRole('button', { name: 'استيراد ملفات' })).toBeVisible();
  await expect(page.getByTestId('tour')).toContainText('البداية');
  await expectAccessible(page, 'library (Arabic)');
  await shoot(page, 'library-ar');
  await page.keyboard.press('Shift+Slash');
  await expect(page.getByRole('dialog', { name: 'اختصارات لوحة المفاتيح' })).toBeVisible();
  await shoot(page, 'shortcuts-ar');
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: ARTICLE }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('أمل');
  await page.keyboard.press('Enter');
  await page.getByTestId('document-view').focus();
  await page.keyboard.press('Alt+KeyG');
  await expect(page.getByRole('complementary', { name: 'الإرشادات' })).toContainText('لا إرشادات لهذا المشروع بعد.');
  await expectAccessible(page, 'annotate (Arabic)');
  await shoot(page, 'annotate-ar');

  // Find in the document, in Arabic: the count reads right to left with Latin digits.
  await page.getByTestId('document-view').focus();
  await page.keyboard.press('Control+KeyF');
  await page.getByRole('search', { name: 'البحث في الوثيقة' }).getByRole('textbox').fill('الرباط');
  await expect(page.getByTestId('find-count')).toHaveText(/^1 من \d+$/);
  await expectAccessible(page, 'find bar (Arabic)');
  await shoot(page, 'find-ar');
  await page.keyboard.press('Escape');

  // One annotator: the review's notes say, in Arabic, why the figures are empty.
  await page.goto('/#/p/demo/review');
  const notes = page.getByRole('region', { name: 'ملاحظات' });
  await expect(notes).toContainText('أقل من موسِّمَين: لا شيء للمقارنة.');
  await expect(notes).toContainText('α على الحروف غير معرَّف: لا وحدة وسمها موسِّمان.');
  await expectAccessible(page, 'review (Arabic)');
  await shoot(page, 'review-ar');
});

test('keyboard only, from import to export', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Projects' })).toBeVisible();
  await tabTo(page, /Project name/);
  await page.keyboard.type('Keyboard only');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Keyboard only' })).toBeVisible();

  await tabTo(page, /Import files/);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await tabTo(page, /Choose files/);
  // The OS file picker is outside the page; Playwright answers it like a user would.
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(seedPath);
  await expect(dialog.getByTestId('preview-summary')).toHaveText('59 documents from 1 file');
  await tabTo(page, /Import 59 documents/);
  await page.keyboard.press('Enter');
  await expect(dialog.getByTestId('summary-imported')).toHaveText('59');
  await expect(page.locator(':focus')).toHaveText('Close');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  await tabTo(page, ARTICLE);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Your name')).toBeFocused();
  await page.keyboard.type('Kamal');
  await page.keyboard.press('Enter');
  await tabTo(page, /^document-view /);
  await expect(page.getByTestId('document-view')).toBeFocused();
  await page.keyboard.press('KeyG');
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('doc-status')).toHaveText('Done');

  await tabTo(page, /Back to the list/, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Keyboard only' })).toBeVisible();
  await tabTo(page, /^\s*Export\s*$/);
  await page.keyboard.press('Enter');
  const exportDialog = page.getByRole('dialog');
  await expect(exportDialog).toBeVisible();
  const download = page.waitForEvent('download');
  await tabTo(page, /^\s*Export\s*$/);
  await page.keyboard.press('Enter');
  const file = await download;
  const lines = readFileSync((await file.path())!, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatchObject({ annotator: 'Kamal', status: 'done' });
  expect(lines[0].entities).toHaveLength(1);
});
