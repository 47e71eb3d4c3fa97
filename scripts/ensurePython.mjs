import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Makes sure the unit tests have a python3: they read the exports with the Python
 * readers in docs/python, as a data scientist would. On Debian without one, installs
 * the python3 package (as root, or through sudo).
 */
export function ensurePython() {
  if (spawnSync('python3', ['--version']).status === 0) return;
  if (process.platform === 'linux' && existsSync('/usr/bin/apt-get')) {
    const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
    console.log(`Installing Debian's python3 for the export tests (${sudo}apt-get install -y python3)…`);
    execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3`, { stdio: 'inherit' });
    if (spawnSync('python3', ['--version']).status === 0) return;
  }
  throw new Error('No python3 found: the export tests read the exports in Python. Install Python 3.');
}
