// Sets the remembered theme on <html> before the first paint, so a dark page never flashes
// white. A file, not an inline script: the CSP allows scripts from this origin only.
// It mirrors src/ui/theme/themeChoice.ts (themeScript.test.ts runs both on every case).
(function () {
  var choice = null;
  try {
    choice = localStorage.getItem('tawsim.theme');
  } catch (e) {
    // Storage refused (a privacy setting): follow the system.
  }
  var dark = choice === 'dark' || (choice !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
})();
