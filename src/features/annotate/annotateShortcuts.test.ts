import { describe, expect, it } from 'vitest';
import { defaultSchema } from '../../core/schema/defaultSchema.ts';
import { hotkeyLabel } from '../../core/schema/schemaEdits.ts';
import { annotateShortcuts } from './annotateShortcuts.ts';

const t = (key: string) => key;

describe('annotateShortcuts', () => {
  it('lists every entity label that has a hotkey, with its key and name', () => {
    const schema = defaultSchema();
    const groups = annotateShortcuts(t, schema, 'ar');
    const labels = groups.find((g) => g.id === 'labels')!;
    const withKeys = schema.entities.filter((l) => l.hotkey);
    expect(labels.shortcuts).toHaveLength(withKeys.length);
    for (const label of withKeys) {
      expect(labels.shortcuts).toContainEqual({ keys: [hotkeyLabel(label.hotkey!)], description: `${label.tag} · ${label.name.ar}`, color: label.color });
    }
  });

  it('covers the screen keys annotateKeys.ts acts on', () => {
    const keys = annotateShortcuts(t, defaultSchema(), 'en').flatMap((g) => g.shortcuts.flatMap((s) => s.keys));
    for (const key of ['Ctrl+Z', 'Ctrl+Shift+Z', 'Ctrl+Enter', 'Alt+↑', 'Alt+↓', 'Home', 'End', 'Delete', 'Tab', 'Enter', 'V', 'Alt+G', 'Ctrl+F', 'Ctrl+G', 'Ctrl+Shift+G', 'Ctrl+Shift+←']) {
      expect(keys).toContain(key);
    }
  });
});
