import { mkdirSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openDemoDocument } from './support/openDocument.ts';
import { caretTo } from './support/caretTo.ts';

const SHOTS = '/tmp/shots';
const HEADLINE = 'الأمن يوقف عصابة في الدار البيضاء';

async function choose(page: Page, scope: Locator, field: string, option: string | RegExp) {
  await scope.getByRole('button', { name: new RegExp(field) }).click();
  await page.getByRole('option', { name: option }).click();
}

test('a new event type names its roles in both languages; the Arabic events panel shows the Arabic name', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Demo: Arabic news' })).toBeVisible();
  await page.goto('/#/p/demo/schema');

  // Add Conflict:Protest with two roles: Agent named in both languages, Place left to its id.
  const form = page.getByRole('form', { name: 'New event type' });
  await form.getByLabel('Type (Type:Subtype)').fill('Conflict:Protest');
  await form.getByLabel('Arabic name').fill('احتجاج');
  await form.getByLabel('English name').fill('Protest');
  await form.getByLabel('Roles').fill('Agent, Place');
  const agent = form.getByRole('group', { name: 'Agent' });
  await agent.getByLabel('Arabic name').fill('المتظاهرون');
  await agent.getByLabel('English name').fill('Demonstrators');
  await expect(form.getByRole('group', { name: 'Place' }).getByLabel('Arabic name')).toHaveAttribute('placeholder', 'Place');
  await form.getByRole('button', { name: 'Add event type' }).click();
  await expect(form.getByLabel('Roles')).toHaveValue('');
  await expect(form.getByRole('group')).toHaveCount(0);
  const protest = page.getByRole('listitem').filter({ hasText: 'Conflict:Protest' });
  await expect(protest).toContainText('Roles: Demonstrators, Place');

  // Rename Place afterwards; an ACE type offers no such edit.
  await expect(page.getByRole('button', { name: 'Role names of Conflict:Attack' })).toHaveCount(0);
  await protest.getByRole('button', { name: 'Role names of Conflict:Protest' }).click();
  const dialog = page.getByRole('dialog', { name: 'Role names of Conflict:Protest' });
  await expect(dialog.getByRole('group', { name: 'Agent' }).getByLabel('Arabic name')).toHaveValue('المتظاهرون');
  await dialog.getByRole('group', { name: 'Place' }).getByLabel('Arabic name').fill('الساحة');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(protest).toContainText('Roles: Demonstrators, Place');

  // An event of the new type, with an argument in the Agent role.
  await openDemoDocument(page, HEADLINE);
  await caretTo(page, 'عصابة');
  await page.keyboard.press('KeyN');
  await caretTo(page, 'يوقف');
  await page.keyboard.press('KeyV');
  const picker = page.getByRole('dialog', { name: 'Choose the event type' });
  await picker.getByRole('combobox', { name: 'Event type' }).fill('Protest');
  await page.getByRole('option', { name: /Protest/ }).click();
  await page.getByRole('tab', { name: /Events/ }).click();
  const card = page.getByTestId('event-v1');
  await choose(page, card, 'Entity', /عصابة/);
  await choose(page, card, 'Role', 'Demonstrators');
  await card.getByRole('button', { name: 'Add argument' }).click();
  await expect(card.getByTestId('event-argument')).toContainText('Demonstrators');
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');

  // In Arabic the same argument reads with the Arabic role name, and the role list offers both names.
  await page.getByRole('button', { name: /Language/ }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.reload();
  await page.getByRole('tab', { name: /الأحداث/ }).click();
  await expect(card.getByTestId('event-argument')).toContainText('المتظاهرون');
  await expect(card).toContainText('احتجاج');
  await card.getByRole('button', { name: /الدور/ }).click();
  await expect(page.getByRole('option', { name: 'المتظاهرون' })).toBeVisible();
  await expect(page.getByRole('option', { name: 'الساحة' })).toBeVisible();
  await page.keyboard.press('Escape');
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/event-roles-ar.png` });

  // The role names dialog mirrors too, each role's fields under its id.
  await page.goto('/#/p/demo/schema');
  await page.getByRole('button', { name: 'أسماء أدوار Conflict:Protest' }).click();
  const dialogAr = page.getByRole('dialog', { name: 'أسماء أدوار Conflict:Protest' });
  await expect(dialogAr.getByRole('group', { name: 'Place' }).getByLabel('الاسم العربي')).toHaveValue('الساحة');
  await page.screenshot({ path: `${SHOTS}/event-roles-dialog-ar.png` });
});
