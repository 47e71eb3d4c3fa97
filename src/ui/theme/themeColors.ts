import { readFileSync } from 'node:fs';
import type { Theme } from './themeChoice.ts';

/**
 * For tests: the colour custom properties theme.css gives a theme, as #rrggbb, with
 * var() references followed. The dark block only overrides, so dark starts from light.
 */
export function themeColors(theme: Theme): Record<string, string> {
  const css = readFileSync(new URL('../theme.css', import.meta.url), 'utf8');
  const block = (selector: string) => {
    const start = css.indexOf(`${selector} {`);
    if (start < 0) throw new Error(`theme.css has no ${selector} block`);
    return css.slice(start, css.indexOf('}', start));
  };
  const read = (text: string) => Object.fromEntries([...text.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
  const values: Record<string, string> = { ...read(block(':root')), ...(theme === 'dark' ? read(block(":root[data-theme='dark']")) : {}) };
  const resolve = (value: string): string => {
    const reference = /^var\((--[\w-]+)\)$/.exec(value);
    return reference ? resolve(values[reference[1]!] ?? value) : value;
  };
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, resolve(value)]).filter(([, value]) => /^#[0-9a-f]{6}$/i.test(value!)));
}
