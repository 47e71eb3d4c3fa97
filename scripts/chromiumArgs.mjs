/**
 * The headless Chromium flags that work on this kind of machine (no sandbox, no GPU, no
 * background traffic), shared by the e2e tests and the benchmark so both run one browser.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
