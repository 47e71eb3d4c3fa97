import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Fails (softly) on serious or critical axe violations, listing each rule with the elements
 * it found; returns the rules that passed. `skip` leaves rules out, each with its reason in
 * the caller.
 */
export async function expectAccessible(page: Page, screen: string, skip: readonly string[] = []): Promise<string[]> {
  // Let react-aria finish mounting overlays and live regions before the audit.
  await page.waitForTimeout(150);
  const results = await new AxeBuilder({ page }).disableRules([...skip]).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical');
  // Each element with axe's account of what fails (for contrast: both colours and the ratio).
  const report = bad.map((v) => `${screen}: ${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}\n  ${n.failureSummary ?? ''}`).join('\n  ')}`);
  expect.soft(report, report.join('\n')).toEqual([]);
  return results.passes.map((rule) => rule.id);
}
