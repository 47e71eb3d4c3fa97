import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

/**
 * Makes sure the e2e tests and the benchmark have a Chromium: TAWSIM_CHROMIUM, Debian's
 * /usr/bin/chromium, or Playwright's own download. On Debian without one, installs the
 * chromium package (as root, or through sudo).
 */
export function ensureChromium() {
  if (process.env.TAWSIM_CHROMIUM) {
    if (!existsSync(process.env.TAWSIM_CHROMIUM)) throw new Error(`TAWSIM_CHROMIUM=${process.env.TAWSIM_CHROMIUM} does not exist`);
    return process.env.TAWSIM_CHROMIUM;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  if (hasPlaywrightChromium()) return undefined;
  if (process.platform === 'linux' && existsSync('/usr/bin/apt-get')) {
    const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
    console.log(`Installing Debian's chromium for the browser tests (${sudo}apt-get install -y chromium)…`);
    execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, { stdio: 'inherit' });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error('No Chromium found: install Debian/Ubuntu chromium, run `npx playwright install chromium`, or set TAWSIM_CHROMIUM.');
}

function hasPlaywrightChromium() {
  try {
    const path = execSync(`node -e "console.log(require('playwright-core').chromium.executablePath())"`, { encoding: 'utf8' }).trim();
    return existsSync(path);
  } catch {
    return false;
  }
}
