import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensureChromium.mjs';
import { ensurePython } from './ensurePython.mjs';

/**
 * `npm test`: every unit test (vitest, Node) and every end-to-end test (Playwright,
 * headless Chromium), then one closing line with the totals.
 */
const out = 'test-results/summary';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

ensurePython();
const unitStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${out}/unit.json`]);
const unit = readJson(`${out}/unit.json`);

const executable = ensureChromium();
const e2eStatus = run('npx', ['playwright', 'test', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: `${out}/e2e.json`,
  ...(executable ? { TAWSIM_CHROMIUM: executable } : {}),
});
const e2e = readJson(`${out}/e2e.json`);

const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0);
const failed =
  (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0) +
  (unit ? 0 : 1) + (e2e ? 0 : 1);
const skipped = (unit?.numPendingTests ?? 0) + (e2e?.stats?.skipped ?? 0);
console.log(`\nunit ${unit?.numPassedTests ?? '?'} passed, e2e ${e2e?.stats?.expected ?? '?'} passed`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(unitStatus !== 0 || e2eStatus !== 0 || failed > 0 ? 1 : 0);
