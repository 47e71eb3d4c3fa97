import { chromiumArgs } from '../scripts/chromiumArgs.mjs';
import { ensureChromium } from '../scripts/ensureChromium.mjs';

/** The browser the benchmark drives: the same binary and flags as the e2e tests. */
export { chromiumArgs };

/** Bench-only: lets a page call gc() between runs, outside the timed regions. */
export const benchOnlyArgs = ['--js-flags=--expose-gc'];

/** TAWSIM_CHROMIUM, Debian's /usr/bin/chromium, or undefined for Playwright's own download. */
export function chromiumExecutable() {
  return ensureChromium();
}
