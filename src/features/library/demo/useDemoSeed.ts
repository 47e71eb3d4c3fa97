import { useEffect } from 'react';
import { useDatabase } from '../../../ui/DatabaseProvider.tsx';
import { seedDemoProject } from './seedDemoProject.ts';

/** Runs the first-run demo seeding once per page load. */
export function useDemoSeed(): void {
  const { db, name } = useDatabase();
  useEffect(() => {
    seedDemoProject(db, name).catch((error: unknown) => console.error('Loading the demo corpus failed', error));
  }, [db, name]);
}
