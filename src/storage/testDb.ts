import 'fake-indexeddb/auto';
import { openTawsimDb, type OpenOptions } from './openTawsimDb.ts';

let counter = 0;

/** A fresh, uniquely named database per test, on fake-indexeddb in Node. */
export function freshDbName(): string {
  counter += 1;
  return `tawsim-test-${counter}-${Math.random().toString(36).slice(2)}`;
}

export function openTestDb(options: OpenOptions = {}) {
  return openTawsimDb({ name: freshDbName(), ...options });
}
