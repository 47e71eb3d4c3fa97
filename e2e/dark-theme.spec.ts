import { PNG } from 'pngjs';
import { expect, test, type Page } from '@playwright/test';
import { contrastRatio, parseHex, type Rgb } from '../src/ui/theme/colorMath.ts';
import { DARK_INK, DARK_SURFACE } from '../src/ui/theme/darkLabelColors.ts';
import { answerAnnotatorPrompt } from './support/annotatorPrompt.ts';
import { expectAccessible } from './support/expectAccessible.ts';
import { openDemoDocument } from './support/openDocument.ts';

const ARTICLE = /المشاركون في المؤتمر الوزاري/;
const shots = 'test-results/dark-theme';

test.use({ viewport: { width: 1280, height: 800 } });

async function shoot(page: Page, name: string, fullPage = false) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage });
}

/** The README's picture of the dark theme, written only when asked for, as interface.spec.ts writes the others. */
async function shootForReadme(page: Page, name: string) {
  if (!process.env.TAWSIM_SCREENSHOTS) return;
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: new URL(`../docs/screenshots/${name}.png`, import.meta.url).pathname });
}

async function demoLoaded(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('article').filter({ hasText: 'Demo: review and agreement' })).toContainText('6 documents');
}

/** Presses Tab until the focused element is `name`'s button, as a keyboard user would. */
async function tabToButton(page: Page, name: RegExp) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.getByRole('button', { name }).evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`never reached ${name}`);
}

async function axeWithContrast(page: Page, screen: string) {
  const passed = await expectAccessible(page, screen);
  // Colour contrast is among the rules run, and it passed.
  expect(passed, screen).toContain('color-contrast');
}

/**
 * The colour each painted span is drawn on, measured on the screen: the most common pixel
 * of the box of its first character pair (the rest is letter ink and its anti-aliasing).
 */
async function highlightBackgrounds(page: Page): Promise<{ name: string; text: string; background: Rgb }[]> {
  const boxes = await page.evaluate(() => {
    const found: { name: string; text: string; x: number; y: number; width: number; height: number }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!/-d0$/.test(name)) continue;
      for (const range of highlight as unknown as Iterable<Range>) {
        const rect = range.getClientRects()[0];
        if (!rect || rect.top < 0 || rect.bottom > innerHeight) continue;
        found.push({ name, text: range.toString(), x: rect.x, y: rect.y, width: rect.width, height: rect.height });
      }
    }
    return found;
  });
  const results = [];
  for (const box of boxes) {
    const png = PNG.sync.read(await page.screenshot({ clip: { x: Math.ceil(box.x) + 1, y: Math.ceil(box.y) + 1, width: Math.max(2, Math.floor(box.width) - 2), height: Math.max(2, Math.floor(box.height) - 2) } }));
    const counts = new Map<string, number>();
    for (let i = 0; i < png.data.length; i += 4) {
      const key = `${png.data[i]},${png.data[i + 1]},${png.data[i + 2]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const [top] = [...counts].sort((a, b) => b[1] - a[1]);
    results.push({ name: box.name, text: box.text, background: top![0].split(',').map(Number) as unknown as Rgb });
  }
  return results;
}

test('Dark, chosen from the header by keyboard, is there again after a reload, before the first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await demoLoaded(page);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');

  await tabToButton(page, /^Theme: System$/);
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Theme' });
  await expect(menu.getByRole('menuitemradio', { name: /System/ })).toHaveAttribute('aria-checked', 'true');
  await expect(menu.getByRole('menuitemradio', { name: /System/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitemradio', { name: 'Dark' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Theme: Dark' })).toBeFocused();
  const look = () => page.evaluate(() => ({ scheme: getComputedStyle(document.documentElement).colorScheme, background: getComputedStyle(document.documentElement).backgroundColor }));
  expect(await look()).toEqual({ scheme: 'dark', background: 'rgb(20, 25, 23)' });

  // What the page is when <body> is first created, before the app's code has run: already dark.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as unknown as { themeAtBody?: string }).themeAtBody = document.documentElement.dataset.theme;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('dark');
  await expect(page.getByRole('button', { name: 'Theme: Dark' })).toBeVisible();
  expect(await look()).toEqual({ scheme: 'dark', background: 'rgb(20, 25, 23)' });
  await shoot(page, 'projects');
});

test('in the dark theme the annotation, library and review screens pass axe with colour contrast, and text reads on every highlight', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() => localStorage.setItem('tawsim.theme', 'dark'));
  await demoLoaded(page);

  // Seventeen spans of the review demo, as their annotator sees them.
  await page.goto('/#/p/demo-review');
  await page.getByRole('link', { name: ARTICLE }).first().click();
  await answerAnnotatorPrompt(page, 'Hind');
  await expect(page.getByRole('heading', { name: 'Spans (17)' })).toBeVisible();
  await page.mouse.move(0, 0);
  await shoot(page, 'annotate-spans');
  const surface = parseHex(DARK_SURFACE);
  const ink = parseHex(DARK_INK);
  const painted = await highlightBackgrounds(page);
  expect(painted.length).toBeGreaterThanOrEqual(6);
  for (const { name, text, background } of painted) {
    expect(background, `${text} is highlighted`).not.toEqual(surface);
    expect(contrastRatio(ink, background), `text on ${name} (${text}), drawn on rgb(${background.join(', ')})`).toBeGreaterThanOrEqual(4.5);
  }
  await axeWithContrast(page, 'annotate, dark');

  // A nested span, a partial word, the caret, and find matches, in the main demo.
  await openDemoDocument(page, ARTICLE, 'Amal');
  const view = page.getByTestId('document-view');
  await view.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 40; i++) {
    if ((await page.locator('.annotate-main [aria-live]').textContent()) === 'وزارة') break;
    await page.keyboard.press('ArrowLeft');
  }
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('KeyO');
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('KeyF');
  await expect(page.getByRole('heading', { name: 'Spans (2)' })).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  await view.focus();
  await page.keyboard.press('Control+KeyF');
  await page.getByRole('search').getByRole('textbox').fill('الرباط');
  await expect(page.getByTestId('find-count')).toHaveText(/^\d of \d+$/);
  await shoot(page, 'annotate-nested-find');
  await shootForReadme(page, 'annotate-dark');
  await axeWithContrast(page, 'annotate with find, dark');
  await page.keyboard.press('Escape');

  await page.goto('/#/p/demo');
  await expect(page.getByRole('status').filter({ hasText: 'documents' })).toContainText('59 documents');
  await expect(page.getByTestId('tour')).toBeVisible();
  await axeWithContrast(page, 'library, dark');
  await shoot(page, 'library');

  await page.goto('/#/p/demo-review/review');
  await expect(page.getByText('Annotators compared: 2. Documents annotated by two or more of them: 6.')).toBeVisible({ timeout: 15_000 });
  await axeWithContrast(page, 'review, dark');
  await shoot(page, 'review', true);
  await page.getByRole('link', { name: ARTICLE }).click();
  await expect(page.getByText('لصلاح الدين مزوار').first()).toBeVisible();
  await axeWithContrast(page, 'review document, dark');
  await shoot(page, 'review-document');

  // And in Arabic.
  await page.getByRole('button', { name: /Language/ }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('button', { name: 'المظهر: داكن' })).toBeVisible();
  await axeWithContrast(page, 'review document, dark, Arabic');
  await shoot(page, 'review-document-ar');
});

test('System follows the device as it switches between light and dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await demoLoaded(page);
  const html = page.locator('html');
  await expect(page.getByRole('button', { name: 'Theme: System' })).toBeVisible();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.goto('/#/p/demo');
  await expect(page.getByRole('status').filter({ hasText: 'documents' })).toContainText('59 documents');
  await axeWithContrast(page, 'library, system dark');
  await shoot(page, 'library-system-dark');

  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');

  // Light, chosen, holds against a dark device.
  await page.getByRole('button', { name: 'Theme: System' }).click();
  await page.getByRole('menuitemradio', { name: 'Light' }).click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(page.getByRole('button', { name: 'Theme: Light' })).toBeVisible();
});
