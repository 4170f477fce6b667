import { useEffect } from 'react';

/** How often a running countdown redraws by default (ms). */
export const TICK_MS = 250;

/**
 * While `running`, reads the injected clock every `tickMs` and hands the time to `onTick` (a drill's and a
 * pitch's countdown). `onTick` should be stable: a state setter or a reducer's dispatch.
 */
export function useClockTicks(
  running: boolean,
  clock: () => number,
  tickMs: number | undefined,
  onTick: (now: number) => void,
): void {
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => onTick(clock()), tickMs ?? TICK_MS);
    return () => clearInterval(timer);
  }, [running, clock, tickMs, onTick]);
}
