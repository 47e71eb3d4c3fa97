import { import10k } from './import10k.ts';
import type { Metric } from './types.ts';

/** Every metric `npm run bench` knows, in the order it runs them. Add new ones here. */
export const metrics: readonly Metric[] = [import10k];
