import { expect, test, type Page } from '@playwright/test';
import { openDemoDocument } from './support/openDocument.ts';
import { openReviewDemoArticle } from './support/reviewDemo.ts';

// A phone, or the app in half of a small laptop screen beside the source it is checked against.
test.use({ viewport: { width: 420, height: 900 } });

const ARTICLE = /المشاركون في المؤتمر الوزاري/;

/** How far the page scrolls sideways: 0 when everything fits the window (either direction). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function expectNoSidewaysScroll(page: Page, screen: string) {
  await expect.poll(() => sidewaysOverflow(page), { message: `${screen} scrolls sideways` }).toBe(0);
}

test('every screen fits a 420 px window, in English and in Arabic', async ({ page }) => {
  await openDemoDocument(page, ARTICLE);
  const annotation = page.url();
  await openReviewDemoArticle(page);
  const review = page.url();
  const screens: [string, string, string][] = [
    ['projects', '/#/', '.project-grid'],
    ['document list', '/#/p/demo', '.doc-list'],
    ['schema', '/#/p/demo/schema', '.label-table'],
    ['annotation', annotation, '[data-testid="document-view"]'],
    ['review list', '/#/p/demo-review/review', '.review-columns, .figure-grid'],
    ['review', review, '[data-testid="gold-version"]'],
  ];
  for (const language of ['English', 'Arabic']) {
    if (language === 'Arabic') await page.getByRole('button', { name: /^Language:/ }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', language === 'Arabic' ? 'rtl' : 'ltr');
    for (const [screen, url, shown] of screens) {
      await page.goto(url);
      await expect(page.locator(shown).first()).toBeVisible();
      await expectNoSidewaysScroll(page, `${language} ${screen}`);
    }
  }
});

test('the annotation screen gives the text the window width and puts the panel under it', async ({ page }) => {
  await openDemoDocument(page, ARTICLE);
  const view = (await page.getByTestId('document-view').boundingBox())!;
  const panel = (await page.getByRole('tab', { name: 'Entities' }).boundingBox())!;
  expect(view.width).toBeGreaterThan(0.85 * 420 - 40);
  expect(panel.y).toBeGreaterThan(view.y + view.height - 1);
});

test('the label table scrolls in its own box, its last column within reach', async ({ page }) => {
  await page.goto('/#/p/demo/schema');
  const box = page.locator('.table-scroll');
  await expect(box).toBeVisible();
  expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  const remove = page.getByRole('button', { name: /Remove .*PERS/ });
  await remove.scrollIntoViewIfNeeded();
  await expect(remove).toBeInViewport();
  expect(await sidewaysOverflow(page)).toBe(0);
});
