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
