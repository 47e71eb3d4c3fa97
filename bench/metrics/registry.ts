import { addSpan100k5k } from './addSpan100k5k.tsx';
import { agree10k3 } from './agree10k3.ts';
import { export10k } from './export10k.ts';
import { import10k } from './import10k.ts';
import { open100k5k } from './open100k5k.tsx';
import type { Metric } from './types.ts';

/** Every metric `npm run bench` knows, in the order it runs them. Add new ones here. */
export const metrics: readonly Metric[] = [import10k, open100k5k, addSpan100k5k, export10k, agree10k3];
