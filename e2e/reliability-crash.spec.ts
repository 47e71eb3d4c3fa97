import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './browser.ts';
import { openDemoDocument } from './support/openDocument.ts';
import { shownDocumentId, storedAnnotationSet, storedRecord } from './support/storedRecords.ts';
import { seededRandom } from '../bench/lib/random.ts';

/*
 * Crash mid-work: spans are tagged by keyboard, each until the save indicator says so,
 * and the browser is taken away at points picked by a seeded random generator: the
 * page closed, the browser closed, or its process killed. After each, the browser
 * starts again on the same profile, and every span the UI had shown as saved is there.
 */
const ARTICLE = /المشاركون في المؤتمر الوزاري/;
const SEED = Number(process.env.TAWSIM_CRASH_SEED ?? 20261129);

async function launch(userDataDir: string, baseURL: string) {
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: chromiumExecutable(), args: chromiumArgs, baseURL, locale: 'en-GB' });
  const page = context.pages()[0] ?? (await context.newPage());
  await openDemoDocument(page, ARTICLE);
  return { context, page };
}

/** The texts of Amal's spans as stored in IndexedDB. */
async function storedSpanTexts(page: Page): Promise<string[]> {
  const docId = shownDocumentId(page);
  const text = (await storedRecord<{ text: string }>(page, 'texts', docId))!.text;
  const set = await storedAnnotationSet(page, docId, 'Amal');
  return (set?.entities ?? []).map((e) => `${e.start}:${text.slice(e.start, e.end)}`);
}

/** Tags the word `words` steps from the start with GPE; returns "start:text" of the new span once saved. */
async function tagWord(page: Page, words: number, before: string[]): Promise<string> {
  await page.getByTestId('document-view').focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < words; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('KeyG');
  await expect(page.getByRole('heading', { name: `Spans (${before.length + 1})` })).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  const after = await storedSpanTexts(page);
  const added = after.filter((span) => !before.includes(span));
  expect(added).toHaveLength(1);
  return added[0]!;
}

/** Kills the browser process of this profile, as a crash or power cut of the tab would. */
function killBrowser(userDataDir: string) {
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let cmdline = '';
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    // The browser process only: it has the profile flag and is not a --type= child.
    if (cmdline.includes(`--user-data-dir=${userDataDir}`) && !cmdline.includes('--type=')) {
      execFileSync('kill', ['-KILL', pid]);
      return true;
    }
  }
  return false;
}

test('every span shown as saved survives the page, the browser or its process going away', async ({ baseURL }) => {
  test.setTimeout(180_000);
  test.info().annotations.push({ type: 'seed', description: String(SEED) });
  const next = seededRandom(SEED);
  const userDataDir = mkdtempSync(join(tmpdir(), 'tawsim-crash-'));
  const saved: string[] = [];
  const ways = ['close the page', 'close the browser', 'kill the process'] as const;
  let word = 2;
  let context: BrowserContext | undefined;
  try {
    for (const way of ways) {
      const opened = await launch(userDataDir, baseURL!);
      context = opened.context;
      const { page } = opened;
      // Everything saved before the last crash is there.
      expect((await storedSpanTexts(page)).sort()).toEqual([...saved].sort());
      await expect(page.getByRole('heading', { name: `Spans (${saved.length})` })).toBeVisible();
      const count = 1 + Math.floor(next() * 3);
      for (let i = 0; i < count; i++) {
        saved.push(await tagWord(page, word, saved));
        word += 2 + Math.floor(next() * 3);
      }
      // One more edit in flight when the crash comes: it may or may not be kept; nothing else may go.
      await page.keyboard.press('Home');
      for (let i = 0; i < word; i++) await page.keyboard.press('ArrowLeft');
      word += 3;
      await page.waitForTimeout(Math.floor(next() * 50));
      if (next() < 0.5) await page.keyboard.press('KeyG');
      if (way === 'close the page') {
        await page.close();
        await context.close();
      } else if (way === 'close the browser') {
        await context.close();
      } else {
        expect(killBrowser(userDataDir)).toBe(true);
        await context.close().catch(() => undefined);
      }
      context = undefined;
      // Spans in flight may have landed: count them as the floor for the next round.
      const reopened = await launch(userDataDir, baseURL!);
      const now = await storedSpanTexts(reopened.page);
      for (const span of saved) expect(now, `span ${span} was shown as saved`).toContain(span);
      expect(now.length - saved.length).toBeLessThanOrEqual(1);
      saved.splice(0, saved.length, ...now);
      await reopened.context.close();
    }
    expect(saved.length).toBeGreaterThanOrEqual(3);
  } finally {
    await context?.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
