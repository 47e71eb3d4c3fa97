import { expect, test, type Page } from '@playwright/test';
import { openDemoDocument } from './support/openDocument.ts';
import { caretTo } from './support/caretTo.ts';

const HEADLINE = 'الأمن يوقف عصابة في الدار البيضاء';

async function saved(page: Page) {
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
}

async function choose(page: Page, scope: ReturnType<Page['locator']>, field: string, option: string | RegExp) {
  await scope.getByRole('button', { name: new RegExp(field) }).click();
  await page.getByRole('option', { name: option }).click();
}

test('an Arrest-Jail event with Person and Place, a stance, a dangling argument flagged, all kept across reload', async ({ page }) => {
  await openDemoDocument(page, HEADLINE);
  await caretTo(page, 'عصابة');
  await page.keyboard.press('KeyN');
  await saved(page);
  await caretTo(page, 'الدار');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('KeyG');
  await saved(page);

  // The trigger: caret on يوقف, V, then the type from the searchable list.
  await caretTo(page, 'يوقف');
  await page.keyboard.press('KeyV');
  const picker = page.getByRole('dialog', { name: 'Choose the event type' });
  await picker.getByRole('combobox', { name: 'Event type' }).fill('Arrest');
  await page.getByRole('option', { name: /Arrest/ }).click();
  await saved(page);

  await page.getByRole('tab', { name: /Events/ }).click();
  const card = page.getByTestId('event-v1');
  await expect(card).toContainText('Justice:Arrest-Jail');
  await expect(card).toContainText('يوقف');
  await choose(page, card, 'Entity', /عصابة/);
  await choose(page, card, 'Role', 'Person');
  await card.getByRole('button', { name: 'Add argument' }).click();
  await saved(page);
  // The button is disabled again until an entity and a role are chosen: the next argument starts at the entity.
  await expect(card.getByRole('button', { name: /Entity/ })).toBeFocused();
  await choose(page, card, 'Entity', /الدار البيضاء/);
  await choose(page, card, 'Role', 'Place');
  await card.getByRole('button', { name: 'Add argument' }).click();
  await saved(page);
  await expect(card.getByTestId('event-argument')).toHaveCount(2);
  await expect(card.getByTestId('event-argument').nth(1)).toContainText('الدار البيضاء');
  await page.screenshot({ path: 'test-results/annotate-event.png' });

  // Delete the Place entity: the argument stays, flagged.
  await page.getByRole('tab', { name: 'Entities' }).click();
  await page.locator('.span-button', { hasText: 'الدار البيضاء' }).click();
  await page.keyboard.press('Delete');
  await saved(page);
  await page.getByRole('tab', { name: /Events/ }).click();
  await expect(card.getByTestId('event-argument').nth(1)).toContainText('its entity was deleted');

  // Stance of the headline toward the gang, with a number key.
  await page.getByRole('tab', { name: 'Stance' }).click();
  const row = page.getByTestId('stance-row').filter({ hasText: 'عصابة' });
  await row.focus();
  await page.keyboard.press('Digit2');
  await saved(page);
  await expect(row.getByRole('radio', { name: /Against/ })).toBeChecked();

  await page.reload();
  await page.getByRole('tab', { name: /Events/ }).click();
  await expect(page.getByTestId('event-v1').getByTestId('event-argument')).toHaveCount(2);
  await expect(page.getByTestId('event-v1').getByTestId('event-argument').first()).toContainText('عصابة');
  await expect(page.getByTestId('event-v1').getByTestId('event-argument').nth(1)).toContainText('its entity was deleted');
  await page.getByRole('tab', { name: 'Stance' }).click();
  await expect(page.getByTestId('stance-row').filter({ hasText: 'عصابة' }).getByRole('radio', { name: /Against/ })).toBeChecked();
});

/**
 * Defines the free-text target وزارة الخارجية for the project, then in the article takes the
 * stance Favour toward it and adds a document-level Meet event; returns the Favour radio.
 */
async function stanceAndDocumentEvent(page: Page) {
  await page.goto('/#/p/demo/schema');
  await page.getByLabel('New target').fill('وزارة الخارجية');
  await page.getByRole('button', { name: 'Add target' }).click();
  await expect(page.getByText('وزارة الخارجية', { exact: true })).toBeVisible();

  await openDemoDocument(page, /المشاركون في المؤتمر الوزاري/);
  await page.getByRole('tab', { name: 'Stance' }).click();
  await expect(page.getByRole('heading', { name: 'Stance of the article toward' })).toBeVisible();
  const favour = page.getByTestId('stance-row').filter({ hasText: 'وزارة الخارجية' }).getByRole('radio', { name: /Favour/ });
  await favour.click();
  await saved(page);

  await page.getByRole('tab', { name: /Events/ }).click();
  await page.getByRole('button', { name: 'Document-level event' }).click();
  await page.getByRole('combobox', { name: 'Event type' }).fill('Meet');
  await page.getByRole('option', { name: /Meet/ }).click();
  await saved(page);
  return favour;
}

test('the article takes a stance toward a project target and a document-level event', async ({ page }) => {
  const favour = await stanceAndDocumentEvent(page);
  await expect(page.getByTestId('event-v1')).toContainText('none (document level)');
  await page.screenshot({ path: 'test-results/annotate-stance.png' });

  await page.reload();
  await page.getByRole('tab', { name: 'Stance' }).click();
  await expect(favour).toBeChecked();
});

test('undo and redo take back a stance and an event, in order, across a reload', async ({ page }) => {
  const favour = await stanceAndDocumentEvent(page);
  await expect(page.getByTestId('event-v1')).toBeVisible();

  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  const redo = page.getByRole('button', { name: 'Redo', exact: true });
  await undo.click();
  await saved(page);
  await expect(page.getByTestId('event-v1')).toHaveCount(0);
  await undo.click();
  await saved(page);
  await page.getByRole('tab', { name: 'Stance' }).click();
  await expect(favour).not.toBeChecked();

  await page.reload();
  await page.getByRole('tab', { name: 'Stance' }).click();
  await expect(favour).not.toBeChecked();
  await redo.click();
  await saved(page);
  await expect(favour).toBeChecked();
  await redo.click();
  await saved(page);
  await page.getByRole('tab', { name: /Events/ }).click();
  await expect(page.getByTestId('event-v1')).toBeVisible();
  await expect(redo).toBeDisabled();
});

test('an event type of the project’s own: added in the schema, used on a document, flagged once removed', async ({ page }) => {
  await page.goto('/#/p/demo/schema');
  const form = page.getByRole('form', { name: 'New event type' });
  await form.getByLabel('Type (Type:Subtype)').fill('Conflict:Protest');
  await form.getByLabel('Arabic name').fill('احتجاج');
  await form.getByRole('button', { name: 'Add event type' }).click();
  await expect(form.getByText('Write a name.')).toBeVisible();
  await form.getByLabel('English name').fill('Protest');
  await form.getByLabel('Roles').fill('Agent, Place');
  await form.getByRole('button', { name: 'Add event type' }).click();
  await expect(page.locator('.event-item').filter({ hasText: 'Conflict:Protest' })).toContainText('Agent, Place');
  await expect(form.getByLabel('Type (Type:Subtype)')).toHaveValue('');

  await openDemoDocument(page, HEADLINE);
  await caretTo(page, 'عصابة');
  await page.keyboard.press('KeyN');
  await saved(page);
  await caretTo(page, 'يوقف');
  await page.keyboard.press('KeyV');
  await page.getByRole('dialog', { name: 'Choose the event type' }).getByRole('combobox', { name: 'Event type' }).fill('Protest');
  await page.getByRole('option', { name: /Protest/ }).click();
  await saved(page);
  await page.getByRole('tab', { name: /Events/ }).click();
  const card = page.getByTestId('event-v1');
  await expect(card).toContainText('Conflict:Protest');
  await choose(page, card, 'Entity', /عصابة/);
  await choose(page, card, 'Role', 'Agent');
  await card.getByRole('button', { name: 'Add argument' }).click();
  await saved(page);

  await page.goto('/#/p/demo/schema');
  await page.getByRole('button', { name: 'Remove Conflict:Protest' }).click();
  await expect(page.locator('.event-item').filter({ hasText: 'Conflict:Protest' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Labels and hotkeys' })).toBeVisible();
  await expect(page.locator('.event-item').filter({ hasText: 'Conflict:Protest' })).toHaveCount(0);
  await openDemoDocument(page, HEADLINE);
  await page.getByRole('tab', { name: /Events/ }).click();
  await expect(page.getByTestId('event-v1')).toContainText('type not in the schema');
  await expect(page.getByTestId('event-v1').getByTestId('event-argument')).toHaveCount(1);
});
