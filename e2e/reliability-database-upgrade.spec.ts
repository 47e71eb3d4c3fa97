import { expect, test } from '@playwright/test';

/*
 * A tab holding the database open is asked to reload when a newer version of the app
 * opens it in another tab (versionchange), instead of blocking the upgrade.
 */
test('an open tab asks for a reload when a newer database version opens elsewhere', async ({ context }) => {
  const old = await context.newPage();
  await old.goto('/#/p/demo');
  await expect(old.getByRole('link', { name: /المشاركون في المؤتمر الوزاري/ })).toBeVisible();
  const current = await old.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'tawsim')?.version ?? 0);
  expect(current).toBeGreaterThan(0);

  const newer = await context.newPage();
  await newer.goto('/favicon.svg');
  const upgraded = await newer.evaluate(
    (version) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('tawsim', version);
        request.onsuccess = () => {
          const v = request.result.version;
          request.result.close();
          resolve(v);
        };
        request.onerror = () => reject(request.error);
        request.onblocked = () => reject(new Error('blocked: the old tab did not let go'));
      }),
    current + 1,
  );
  expect(upgraded).toBe(current + 1);
  await expect(old.getByRole('alert')).toContainText('A newer version of Tawsim was opened in another tab. Reload this tab');
  await expect(old.getByRole('button', { name: 'Reload' })).toBeVisible();
});

/*
 * Work saved by a release whose database was at version 1 (spans as one object each)
 * opens in this one: the upgrade rewrites every annotation set in the browser's own
 * IndexedDB, and the span shows on its words.
 */
test('work saved at database version 1 opens after the upgrade', async ({ page }) => {
  const text = 'زار وزير الخارجية الرباط أمس';
  const start = text.indexOf('الرباط');
  await page.goto('/favicon.svg');
  await page.evaluate(
    ({ text, start }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('tawsim', 1);
        request.onupgradeneeded = () => {
          const db = request.result;
          db.createObjectStore('projects', { keyPath: 'id' });
          const documents = db.createObjectStore('documents', { keyPath: 'id' });
          documents.createIndex('by-project-seq', ['projectId', 'seq'], { unique: true });
          documents.createIndex('by-project-kind', ['projectId', 'kind']);
          db.createObjectStore('texts', { keyPath: 'id' }).createIndex('by-project', 'projectId');
          const annotations = db.createObjectStore('annotations', { keyPath: ['docId', 'annotator'] });
          annotations.createIndex('by-doc', 'docId');
          annotations.createIndex('by-project-annotator', ['projectId', 'annotator']);
          db.createObjectStore('settings', { keyPath: 'key' });
        };
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['projects', 'documents', 'texts', 'annotations', 'settings'], 'readwrite');
          tx.objectStore('projects').put({ id: 'old', name: 'Old release', createdAt: 1, nextSeq: 1, docCount: 1 });
          tx.objectStore('documents').put({
            id: 'old:d1', projectId: 'old', hashId: 'd1', hash: '0'.repeat(64), seq: 0, kind: 'text',
            title: 'زار وزير الخارجية', length: text.length, meta: { kind: 'text' }, importedAt: 1,
          });
          tx.objectStore('texts').put({ id: 'old:d1', projectId: 'old', text });
          tx.objectStore('annotations').put({
            docId: 'old:d1', annotator: 'Amal', projectId: 'old', status: 'in_progress',
            entities: [{ id: 'e1', start, end: start + 'الرباط'.length, label: 'GPE' }], events: [], stance: [], updatedAt: 1, rev: 1,
          });
          tx.objectStore('settings').put({ key: 'annotator', value: 'Amal' });
          tx.objectStore('settings').put({ key: 'annotators', value: ['Amal'] });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { text, start },
  );

  await page.goto('/#/p/old/d/old%3Ad1');
  await expect(page.getByTestId('document-view')).toContainText('الرباط');
  await expect(page.locator('.span-button')).toHaveText(['GPEالرباط']);
  const version = await page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'tawsim')?.version);
  expect(version).toBeGreaterThan(1);
});
