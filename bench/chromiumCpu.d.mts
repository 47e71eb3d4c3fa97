export interface CpuReading {
  total: number;
  byType: Record<string, number>;
}

export function chromiumCpuMs(): CpuReading | null;
export function cpuSince(before: CpuReading, after: CpuReading): CpuReading;

export interface CpuReadings {
  take(text: string): boolean;
  clear(): void;
  series(runs: number): Record<string, number[]>;
}

export function cpuReadings(read?: () => CpuReading | null): CpuReadings;
