import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { storedAnnotationSets, storedRecords } from './support/storedRecords.ts';
import { chooseImportFiles, createProject } from './support/importDialog.ts';

/*
 * The whole hostile corpus (e2e/fixtures/hostile/) through the import dialog at once,
 * with a file named as markup and a single 10 MB line made here: the good records
 * import, every problem is listed as file:line: reason, and span offsets are exact.
 */
const corpus = new URL('./fixtures/hostile/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', corpus), 'utf8')) as Record<
  string,
  { documents: number; problemLines: (number | null)[]; spans?: number }
>;
const names = readdirSync(corpus).filter((name) => name !== 'README.md' && name !== 'expected.json').sort();
const MARKUP_NAME = '<img src=x onerror=alert(1)>.txt';
const LONG_LINE = 'كلمة😀 word ١٢٣ '.repeat(400_000).trimEnd();

test('the hostile corpus imports through the dialog: good records in, every problem as file:line: reason', async ({ page }) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await createProject(page, 'Hostile corpus');
  const dialog = await chooseImportFiles(page, [
    ...names.map((name) => ({ name, mimeType: 'application/octet-stream', buffer: readFileSync(new URL(name, corpus)) })),
    { name: MARKUP_NAME, mimeType: 'text/plain', buffer: Buffer.from('اسم ملف خبيث\n') },
    { name: 'ten-mb-line.txt', mimeType: 'text/plain', buffer: Buffer.from(LONG_LINE) },
  ]);

  const total = names.reduce((n, name) => n + expected[name]!.documents, 0) + 2;
  const start = dialog.getByRole('button', { name: `Import ${total} documents` });
  await expect(start).toBeEnabled({ timeout: 60_000 });
  await start.click();
  await expect(dialog.getByTestId('summary-imported')).toHaveText(String(total), { timeout: 60_000 });
  await expect(dialog.getByTestId('summary-duplicates')).toHaveText('0');

  const listed = await dialog.locator('.import-summary code').allTextContents();
  for (const name of names) {
    for (const line of expected[name]!.problemLines) {
      const prefix = line === null ? `${name}: ` : `${name}:${line}: `;
      expect(listed.some((problem) => problem.startsWith(prefix) && problem.length > prefix.length + 5), `${prefix}… listed`).toBe(true);
    }
  }
  // No problem for a file that has none, nor for a line that is good.
  for (const problem of listed) {
    const match = /^(.+?)(?::(\d+))?: /.exec(problem);
    expect(match, problem).not.toBeNull();
    const [, file, line] = match!;
    expect(expected[file!]?.problemLines, problem).toContain(line === undefined ? null : Number(line));
  }
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'documents' })).toContainText(`${total} documents`);

  // Stored exactly: texts have no CR or BOM; every span slices out its surface text.
  const projects = await storedRecords<{ id: string; name: string }>(page, 'projects');
  const project = projects.find((p) => p.name === 'Hostile corpus')!.id;
  const docs = (await storedRecords<{ id: string; projectId: string; meta: { file?: string } }>(page, 'documents')).filter((d) => d.projectId === project);
  const texts = new Map((await storedRecords<{ id: string; text: string }>(page, 'texts')).map((t) => [t.id, t.text]));
  const sets = (await storedAnnotationSets(page)).filter(
    (s) => s.projectId === project,
  );
  const stored = {
    files: docs.map((d) => d.meta.file ?? ''),
    texts: docs.map((d) => texts.get(d.id) ?? ''),
    spans: sets.flatMap((s) => s.entities.map((e) => ({ label: e.label, text: (texts.get(s.docId) ?? '').slice(e.start, e.end) }))),
  };
  expect(stored.files).toContain(MARKUP_NAME);
  expect(stored.texts).toContain(LONG_LINE);
  for (const text of stored.texts) expect(text).not.toMatch(/\r|^\uFEFF/);
  // Tawsim JSONL keeps the meta its lines give (no file name); every other importer names the file.
  for (const name of names.filter((n) => !n.startsWith('tawsim-'))) {
    expect([name, stored.files.filter((f) => f === name).length]).toEqual([name, expected[name]!.documents]);
  }
  // Imported spans (as suggestions) slice out exactly the words the files gave them.
  expect(stored.spans).toHaveLength(names.reduce((n, name) => n + (expected[name]!.spans ?? 0), 0));
  for (const span of stored.spans) expect(['محمد', 'الرباط', '😀']).toContain(span.text);
  expect(dialogs).toEqual([]);
});
