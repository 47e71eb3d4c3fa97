import { existsSync } from 'node:fs';

/**
 * Playwright cannot download its own browsers everywhere; Debian's Chromium works.
 * TAWSIM_CHROMIUM picks a binary; else /usr/bin/chromium if present; else Playwright's own.
 */
export function chromiumExecutable(): string | undefined {
  const configured = process.env.TAWSIM_CHROMIUM;
  if (configured) return configured;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export { chromiumArgs } from '../scripts/chromiumArgs.mjs';
