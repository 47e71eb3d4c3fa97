import { readFileSync } from 'node:fs';
import { expect, test, type Request } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../src/app/contentSecurityPolicy.ts';
import { answerAnnotatorPrompt } from './support/annotatorPrompt.ts';

/*
 * No code from documents: text, labels, metadata and file names full of script and
 * markup payloads are imported, listed, opened and annotated. Every payload sets
 * window.__pwned or calls alert; neither may happen, no element of a payload may
 * reach the DOM, and nothing may leave the page.
 */
const hostile = new URL('./fixtures/hostile/', import.meta.url);
const MARKUP_NAME = '<img src=x onerror="window.__pwned=1">.txt';

test('payloads in text, metadata, labels and file names stay text: no script runs, no request leaves', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => w.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });

  await page.goto('/');
  // The demo projects load their files from the app on first run: done before requests are watched.
  await expect(page.getByRole('article').filter({ hasText: 'Demo: review and agreement' })).toContainText('6 documents');
  await page.getByLabel('Project name').fill('Payloads');
  await page.getByRole('button', { name: 'New project' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Payloads' })).toBeVisible();
  // The built page carries the policy.
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', CONTENT_SECURITY_POLICY);
  const loaded = requests.length;

  await page.getByRole('button', { name: 'Import files' }).click();
  const dialog = page.getByRole('dialog');
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose files' }).click();
  await (await chooser).setFiles([
    { name: 'html-payloads.jsonl', mimeType: 'application/jsonl', buffer: readFileSync(new URL('html-payloads.jsonl', hostile)) },
    { name: 'tawsim-payload-labels.jsonl', mimeType: 'application/jsonl', buffer: readFileSync(new URL('tawsim-payload-labels.jsonl', hostile)) },
    { name: MARKUP_NAME, mimeType: 'text/plain', buffer: Buffer.from('<script>window.__pwned=1</script> نص عادي بعد الوسم\n') },
  ]);
  await dialog.getByText('An annotator’s own work').click();
  await dialog.getByRole('textbox', { name: 'Annotator', exact: true }).fill('Amal');
  await dialog.getByRole('button', { name: 'Import 4 documents' }).click();
  await expect(dialog.getByTestId('summary-imported')).toHaveText('4');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The list shows the payload titles as text.
  await expect(page.getByText('<script>window.__pwned=1;alert(2)</script>عنوان', { exact: false }).first()).toBeVisible();

  // The document whose labels, title and source are payloads, annotated as Amal.
  await page.getByRole('link', { name: /عنوان خبيث/ }).click();
  await answerAnnotatorPrompt(page, 'Amal');
  await expect(page.getByRole('heading', { name: 'Spans (2)' })).toBeVisible();
  await expect(page.locator('.span-row').first()).toContainText('<');
  await expect(page.getByText('<img src=x onerror="window.__pwned=1;alert(1)">', { exact: false }).first()).toBeVisible();
  // Tag one more word by keyboard, and wait for it to be written.
  await page.getByTestId('document-view').focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('KeyG');
  await expect(page.getByRole('heading', { name: 'Spans (3)' })).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');

  // The document whose text is markup.
  await page.getByRole('link', { name: 'Back to the list' }).click();
  await page.getByRole('link', { name: /عنوان Text New/ }).click();
  await expect(page.getByTestId('document-view')).toContainText('<iframe src="javascript:window.__pwned=1"></iframe>');
  await page.getByRole('link', { name: 'Back to the list' }).click();
  await page.getByRole('link', { name: /نص عادي بعد الوسم/ }).click();
  await expect(page.getByTestId('document-view')).toContainText('<script>window.__pwned=1</script>');

  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    injected: document.querySelectorAll('img[src="x"], img[onerror], iframe, svg[onload], [onmouseover], script:not([src]), a[href^="javascript:"], b').length,
    violations: (window as unknown as { __violations: string[] }).__violations,
  }));
  expect(state).toEqual({ pwned: undefined, injected: 0, violations: [] });
  expect(dialogs).toEqual([]);

  // Nothing left the page: every request was for the app's own files, and after load only for
  // its bundled assets (workers, fonts), never a fetch, beacon or socket.
  for (const request of requests) expect(new URL(request.url()).origin, request.url()).toBe(origin);
  const later = requests.slice(loaded);
  for (const request of later) {
    expect(new URL(request.url()).pathname, request.url()).toMatch(/^\/(assets\/|favicon\.svg$)/);
    expect(['fetch', 'xhr', 'websocket', 'eventsource', 'ping'], request.url()).not.toContain(request.resourceType());
  }
});

test('the policy blocks inline script, inline handlers and remote script in the built app', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/');
  await expect(page.getByLabel('Project name')).toBeVisible();
  const result = await page.evaluate(async () => {
    const w = window as unknown as { __pwned?: number };
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = 1';
    document.head.append(script);
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__pwned = 3');
    img.src = 'x';
    document.body.append(img);
    const remote = document.createElement('script');
    remote.src = 'https://example.invalid/x.js';
    document.head.append(remote);
    await new Promise((resolve) => setTimeout(resolve, 300));
    img.remove();
    return { pwned: w.__pwned, violations: [...new Set(violations)].sort() };
  });
  expect(result).toEqual({ pwned: undefined, violations: ['script-src-attr', 'script-src-elem'] });
  expect(errors.some((e) => e.includes('Content Security Policy'))).toBe(true);
});
