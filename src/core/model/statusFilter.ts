import type { DocumentStatus } from './annotation.ts';

/** Which of the current annotator's documents the list shows, and next / previous visit. */
export type StatusFilter = 'all' | 'todo' | 'done';

/** The statuses each filter keeps: "to do" is everything the annotator has not marked done. */
export const filterStatuses: Record<Exclude<StatusFilter, 'all'>, readonly DocumentStatus[]> = {
  todo: ['new', 'in_progress'],
  done: ['done'],
};
