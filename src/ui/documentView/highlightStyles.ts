import { darkLine, darkTintAlpha } from '../theme/darkLabelColors.ts';

/** How many nesting depths get their own look; deeper spans share the last one. */
export const MAX_DEPTH = 3;

export interface PaintLabel {
  index: number;
  color: string;
}

const HEX = /^#[0-9a-f]{6}$/i;

/** Colours come from the project schema; only #rrggbb ever reaches a style sheet. */
export function safeColor(color: string): string {
  return HEX.test(color) ? color : '#9aa0a6';
}

export function highlightName(prefix: string, labelIndex: number | null, depth: number): string {
  return labelIndex === null ? `${prefix}-unknown-d${Math.min(depth, MAX_DEPTH)}` : `${prefix}-l${labelIndex}-d${Math.min(depth, MAX_DEPTH)}`;
}

export type MarkName = 'trigger' | 'suggestion' | 'emphasis' | 'found' | 'caret' | 'pending' | 'focus';

/**
 * The marks that are not spans, in the dark theme: a faint background (#rrggbbaa) and a
 * line. Faint, because they lie over labels' tints and the text must stay at AA
 * (highlightStyles.test.ts); the line says what a stronger background says in the light theme.
 */
export const DARK_MARKS: Record<MarkName, { background?: string; line?: string }> = {
  trigger: { line: 'underline dashed #ce93d8' },
  suggestion: { background: '#a8aeb31f', line: 'underline dotted #a8aeb3' },
  emphasis: { background: '#ff98002e' },
  found: { background: '#ffd54f20', line: 'underline solid #ffd54f' },
  caret: { line: 'underline solid #6cb0ff' },
  pending: { background: '#4d8eff48' },
  focus: { background: '#f5b40029', line: 'overline solid #f5b400' },
};

const DARK = ":root[data-theme='dark']";

/**
 * Style rules for the CSS Custom Highlight API. Highlights paint over the laid-out
 * text without adding elements, so Arabic letters stay joined and shaped exactly
 * as without them. Depth 0 is a tinted background; nested spans add underlines,
 * solid, then double, then wavy, in the label's colour.
 *
 * The dark theme's rules follow, under its root attribute: depth 0 is the label colour at
 * the strength that keeps the ink readable on it (darkTintAlpha); nested spans keep only
 * their underline, as a second tint under the text could take it below AA.
 */
export function highlightStyleSheet(prefix: string, labels: readonly PaintLabel[]): string {
  const rules: string[] = [];
  const paint = (name: string, color: string, depth: number) => {
    const c = safeColor(color);
    if (depth === 0) rules.push(`::highlight(${name}) { background-color: ${c}59; }`);
    else {
      const style = depth === 1 ? 'solid' : depth === 2 ? 'double' : 'wavy';
      rules.push(`::highlight(${name}) { background-color: ${c}26; text-decoration: underline ${style} ${c}; text-decoration-thickness: 2px; }`);
    }
  };
  const paintDark = (name: string, color: string, depth: number) => {
    const c = safeColor(color);
    if (depth === 0) rules.push(`${DARK} ::highlight(${name}) { background-color: ${c}${darkTintAlpha(c).toString(16).padStart(2, '0')}; }`);
    else rules.push(`${DARK} ::highlight(${name}) { background-color: transparent; text-decoration-color: ${darkLine(c)}; }`);
  };
  for (const label of labels) for (let d = 0; d <= MAX_DEPTH; d++) paint(highlightName(prefix, label.index, d), label.color, d);
  for (let d = 0; d <= MAX_DEPTH; d++) paint(highlightName(prefix, null, d), '#9aa0a6', d);
  rules.push(`::highlight(${prefix}-trigger) { text-decoration: underline dashed #6a1b9a; text-decoration-thickness: 2px; }`);
  rules.push(`::highlight(${prefix}-suggestion) { text-decoration: underline dotted #5f6368; text-decoration-thickness: 2px; background-color: #5f636814; }`);
  rules.push(`::highlight(${prefix}-emphasis) { background-color: #ff980066; }`);
  rules.push(`::highlight(${prefix}-found) { background-color: #ffd54f99; }`);
  rules.push(`::highlight(${prefix}-caret) { background-color: #1f6feb33; text-decoration: underline solid #1f6feb; text-decoration-thickness: 2px; }`);
  rules.push(`::highlight(${prefix}-pending) { background-color: #1f6feb55; }`);
  rules.push(`::highlight(${prefix}-focus) { background-color: #f5b40080; text-decoration: overline solid #b37400; }`);

  for (const label of labels) for (let d = 0; d <= MAX_DEPTH; d++) paintDark(highlightName(prefix, label.index, d), label.color, d);
  for (let d = 0; d <= MAX_DEPTH; d++) paintDark(highlightName(prefix, null, d), '#9aa0a6', d);
  for (const [name, mark] of Object.entries(DARK_MARKS)) {
    const line = mark.line ? `text-decoration: ${mark.line}; text-decoration-thickness: 2px;` : 'text-decoration: none;';
    rules.push(`${DARK} ::highlight(${prefix}-${name}) { background-color: ${mark.background ?? 'transparent'}; ${line} }`);
  }
  return rules.join('\n');
}
