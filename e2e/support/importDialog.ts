import { expect, type FileChooser, type Locator, type Page } from '@playwright/test';

type ChosenFiles = Parameters<FileChooser['setFiles']>[0];

/** Creates a project from the projects screen and waits for its page. */
export async function createProject(page: Page, name: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Project name').fill(name);
  await page.getByRole('button', { name: 'New project' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Switches the interface to Arabic and creates a project from the projects screen, in Arabic. */
export async function createProjectInArabic(page: Page, name: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: /Language/ }).click();
  await page.getByLabel('اسم المشروع').fill(name);
  await page.getByRole('button', { name: 'مشروع جديد' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Opens the project's import dialog and chooses `files` with its file picker; returns the dialog. */
export async function chooseImportFiles(page: Page, files: ChosenFiles): Promise<Locator> {
  await page.getByRole('button', { name: 'Import files' }).click();
  const dialog = page.getByRole('dialog');
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose files' }).click();
  await (await chooser).setFiles(files);
  return dialog;
}
