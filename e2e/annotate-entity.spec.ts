import { expect, test, type Page } from '@playwright/test';
import { openDemoDocument } from './support/openDocument.ts';
import { shownDocumentId, storedAnnotationSet, storedRecord } from './support/storedRecords.ts';
import { inkDifference } from './inkMask.ts';
import { answerAnnotatorPrompt } from './support/annotatorPrompt.ts';
import { dragSelect, textRect } from './support/textSelection.ts';

const ARTICLE = /المشاركون في المؤتمر الوزاري/;

const openArticle = (page: Page, annotator = 'Amal') => openDemoDocument(page, ARTICLE, annotator);

/** This annotator's spans as stored in IndexedDB, each with the text it covers. */
async function storedSpans(page: Page, annotator: string) {
  const docId = shownDocumentId(page);
  const { text } = (await storedRecord<{ text: string }>(page, 'texts', docId))!;
  const set = (await storedAnnotationSet(page, docId, annotator))!;
  return { status: set.status, spans: set.entities.map((s) => ({ label: s.label, text: text.slice(s.start, s.end), start: s.start, end: s.end })) };
}

async function caretWordIs(page: Page, word: string) {
  const live = page.locator('.annotate-main [aria-live]');
  for (let i = 0; i < 300; i++) {
    if ((await live.textContent()) === word) return;
    await page.keyboard.press('ArrowLeft');
  }
  throw new Error(`caret never reached ${word}`);
}

test('tags entities by mouse and keyboard, nested, with undo and redo that survive a reload', async ({ page }) => {
  await openArticle(page);
  await expect(page.getByTestId('annotator-name')).toHaveText('Amal');

  // Mouse: a selection snaps to the whole word; the label's hotkey tags it.
  await dragSelect(page, 'بالعاصمة الرباط،', 10, 14);
  await expect(page.getByRole('dialog', { name: 'Label the selection' })).toContainText('الرباط');
  await page.keyboard.press('KeyG');
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');

  // Keyboard alone: move word by word (ArrowLeft reads on in RTL), extend with Shift, tag with O.
  await page.getByTestId('document-view').focus();
  await page.keyboard.press('Home');
  await caretWordIs(page, 'وزارة');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('KeyO');
  // A nested span around it: from "مقر" over the organisation, as a facility.
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.annotate-main [aria-live]')).toHaveText('مقر');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('KeyF');
  await expect(page.getByRole('heading', { name: 'Spans (3)' })).toBeVisible();

  // Undo takes the facility away, redo brings it back.
  await page.keyboard.press('Control+KeyZ');
  await expect(page.getByRole('heading', { name: 'Spans (2)' })).toBeVisible();
  await page.keyboard.press('Control+Shift+KeyZ');
  await expect(page.getByRole('heading', { name: 'Spans (3)' })).toBeVisible();
  await page.keyboard.press('Control+KeyZ');
  await expect(page.getByRole('heading', { name: 'Spans (2)' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Spans (2)' })).toBeVisible();
  // The undo history survived the reload too.
  await page.getByTestId('document-view').focus();
  await page.keyboard.press('Control+Shift+KeyZ');
  await expect(page.getByRole('heading', { name: 'Spans (3)' })).toBeVisible();

  const stored = await storedSpans(page, 'Amal');
  expect(stored.status).toBe('in_progress');
  expect(stored.spans.map(({ label, text }) => ({ label, text }))).toEqual(
    expect.arrayContaining([
      { label: 'GPE', text: 'الرباط' },
      { label: 'ORG', text: 'وزارة الشؤون الخارجية والتعاون' },
      { label: 'FAC', text: 'مقر وزارة الشؤون الخارجية والتعاون' },
    ]),
  );
  await page.screenshot({ path: 'test-results/annotate-entity.png' });
});

test('a partial-word highlight leaves the word shaped exactly as before', async ({ page }) => {
  await openArticle(page, 'Omar');
  const word = 'بالعاصمة';
  const before = await textRect(page, word);
  const clip = { x: before.x - 2, y: before.y, width: before.width + 4, height: before.height };
  const shotBefore = await page.screenshot({ clip });

  // Select from inside the word, after the proclitic ب: the span becomes "العاصمة".
  await dragSelect(page, word, 1, word.length);
  const menu = page.getByRole('dialog', { name: 'Label the selection' });
  await expect(menu.locator('.menu-preview bdi')).toHaveText('العاصمة');
  await menu.getByRole('menuitem', { name: /LOC/ }).click();
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  const stored = await storedSpans(page, 'Omar');
  expect(stored.spans).toEqual([expect.objectContaining({ label: 'LOC', text: 'العاصمة' })]);

  const after = await textRect(page, word);
  expect(after.width).toBe(before.width);
  expect(after.x).toBe(before.x);

  // With the highlight colours switched off, the letters are pixel for pixel the same.
  await page.evaluate(() => {
    const names = [...CSS.highlights.keys()];
    const style = document.createElement('style');
    style.textContent = names.map((n) => `::highlight(${n}) { background-color: transparent !important; text-decoration: none !important; }`).join('\n');
    document.head.append(style);
    for (const chip of document.querySelectorAll<HTMLElement>('.label-chip')) chip.style.visibility = 'hidden';
  });
  const shotAfter = await page.screenshot({ clip });
  expect(inkDifference(shotBefore, shotAfter)).toBe(0);

  // Control: the same partial span drawn as a padded inline element, as some tools do,
  // does change the word, so the two checks above can fail.
  const naive = await page.evaluate((word) => {
    const make = (build: (p: HTMLElement) => void) => {
      const p = document.createElement('p');
      p.className = 'doc-paragraph';
      p.dir = 'rtl';
      p.style.cssText = 'position:fixed;top:0;right:0;width:max-content';
      build(p);
      document.body.append(p);
      const width = p.getBoundingClientRect().width;
      p.remove();
      return width;
    };
    const plain = make((p) => { p.textContent = word; });
    const marked = make((p) => {
      const mark = document.createElement('mark');
      mark.style.paddingInline = '2px';
      mark.textContent = word.slice(1);
      p.append(word.slice(0, 1), mark);
    });
    return { plain, marked };
  }, word);
  expect(naive.marked).not.toBe(naive.plain);
});

test('Alt gives a character-precise selection, and a span can be relabelled and deleted from its menu', async ({ page }) => {
  await openArticle(page, 'Sara');
  await dragSelect(page, 'ليبيا على', 0, 3, { alt: true });
  const menu = page.getByRole('dialog', { name: 'Label the selection' });
  await expect(menu.locator('.menu-preview bdi')).toHaveText('ليب');
  await page.keyboard.press('Escape');

  await dragSelect(page, 'ليبيا على', 0, 5);
  await page.keyboard.press('KeyL');
  await expect(page.getByRole('heading', { name: 'Spans (1)' })).toBeVisible();
  const rect = await textRect(page, 'ليبيا على', 1, 2);
  await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
  const spanMenu = page.getByRole('dialog', { name: 'Change or delete the span' });
  await spanMenu.getByRole('menuitem', { name: /GPE/ }).click();
  await expect(page.locator('.span-row')).toContainText('GPE');
  await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
  await page.getByRole('dialog', { name: 'Change or delete the span' }).getByRole('menuitem', { name: 'Delete span' }).click();
  await expect(page.getByRole('heading', { name: 'Spans (0)' })).toBeVisible();
});

test('status, next and previous by hotkey; annotators never see each other’s spans', async ({ page }) => {
  // The text takes the keys as each document opens: no click between documents.
  await openArticle(page, 'Amal');
  await expect(page.getByTestId('document-view')).toBeFocused();
  await page.keyboard.press('KeyP');
  await expect(page.getByRole('heading', { name: 'Spans (1)' })).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('doc-status')).toHaveText('Done');
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('نقابة UMT تختم المؤتمر الوطني');
  await expect(page.getByTestId('document-view')).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE);
  await expect(page.getByRole('heading', { name: 'Spans (1)' })).toBeVisible();

  await page.getByRole('button', { name: /switch annotator/ }).click();
  await answerAnnotatorPrompt(page, 'Omar');
  await expect(page.getByTestId('annotator-name')).toHaveText('Omar');
  await expect(page.getByRole('heading', { name: 'Spans (0)' })).toBeVisible();
  await expect(page.getByTestId('doc-status')).toHaveText('New');
});

test('Undo and the guidelines’ close button, gone from under the focus, hand the keys back to the text', async ({ page }) => {
  await openArticle(page, 'Nadia');
  const view = page.getByTestId('document-view');
  await page.keyboard.press('KeyP');
  await expect(page.getByRole('heading', { name: 'Spans (1)' })).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  // Undo by its button: with nothing left to undo it is disabled, and the text has the focus.
  const undo = page.getByRole('button', { name: 'Undo' });
  await undo.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Spans (0)' })).toBeVisible();
  await expect(undo).toBeDisabled();
  await expect(view).toBeFocused();
  await page.keyboard.press('Control+Shift+KeyZ');
  await expect(page.getByRole('heading', { name: 'Spans (1)' })).toBeVisible();

  await page.keyboard.press('Alt+KeyG');
  const close = page.getByRole('button', { name: 'Close the guidelines' });
  await close.focus();
  await page.keyboard.press('Enter');
  await expect(close).toBeHidden();
  await expect(view).toBeFocused();
});

test('the side panel is a set of tabs: each panel is labelled by its tab, and Tab goes from the tab into its panel', async ({ page }) => {
  await openArticle(page);
  const entities = page.getByRole('tab', { name: 'Entities' });
  await expect(entities).toHaveAttribute('aria-selected', 'true');
  const panel = page.getByRole('tabpanel', { name: 'Entities' });
  await expect(panel).toBeVisible();
  await expect(entities).toHaveAttribute('aria-controls', (await panel.getAttribute('id'))!);
  // The palette's buttons are tabbable, so the panel itself is not a tab stop.
  await expect(panel).not.toHaveAttribute('tabindex');
  await entities.focus();
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: /^PERS/ })).toBeFocused();
  // F6 goes from anywhere on the side to the text, and from the text to the open tab, past every span.
  await page.keyboard.press('F6');
  await expect(page.getByTestId('document-view')).toBeFocused();
  await page.keyboard.press('F6');
  await expect(entities).toBeFocused();

  await page.getByRole('tab', { name: 'Events' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Events' })).toBeVisible();
  await expect(panel).toHaveCount(0);
  await entities.click();
  await expect(panel.getByRole('heading', { name: 'Spans (0)' })).toBeVisible();
});

test('a label tag sits over the first letter of its span, and follows it when the text reflows', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openArticle(page);
  // A word near the end of a line: a narrower window moves it to the next line.
  const phrase = 'الاجتماع الاقليمي الثاني';
  const wordStart = 'الاجتماع '.length;
  await dragSelect(page, phrase, wordStart + 1, wordStart + 6);
  await page.keyboard.press('KeyL');
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');

  /** The tag's right edge against the first letter's (right to left), whether it is above the letter, and where the letter is in its paragraph. */
  const placement = () =>
    page.evaluate(
      ({ phrase, wordStart }) => {
        const tag = [...document.querySelectorAll<HTMLElement>('.label-chip')].find((chip) => chip.textContent === 'LOC')!;
        for (const p of document.querySelectorAll<HTMLElement>('.doc-paragraph')) {
          const node = p.firstChild as Text;
          const at = node.data.indexOf(phrase);
          if (at < 0) continue;
          const range = new Range();
          range.setStart(node, at + wordStart);
          range.setEnd(node, at + wordStart + 1);
          const letter = range.getBoundingClientRect();
          const box = tag.getBoundingClientRect();
          const paragraph = p.getBoundingClientRect();
          return {
            offset: Math.round(Math.abs(box.right - letter.right)),
            above: box.bottom <= letter.top + letter.height / 2,
            inParagraph: `${Math.round(paragraph.right - letter.right)},${Math.round(letter.top - paragraph.top)}`,
          };
        }
        throw new Error('the phrase is not rendered');
      },
      { phrase, wordStart },
    );

  const wide = await placement();
  expect(wide).toMatchObject({ offset: 0, above: true });
  // The guidelines open beside the text, so its column narrows.
  await page.keyboard.press('Alt+KeyG');
  await expect.poll(async () => (await placement()).inParagraph).not.toBe(wide.inParagraph);
  await expect.poll(placement).toMatchObject({ offset: 0, above: true });
});
