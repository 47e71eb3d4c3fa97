const STORAGE_KEY = 'tawsim.tour.dismissed';

/** In localStorage, like the interface language, so the choice holds before the database opens and across projects. */
export function isTourDismissed(): boolean {
  return globalThis.localStorage?.getItem(STORAGE_KEY) === '1';
}

export function rememberTourDismissed(): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, '1');
}
