// The check screen's keys (screens/check-screen.tsx): r runs again when idle, w toggles watch mode.
export type CheckKeyAction = { type: 'rerun' } | { type: 'watch'; on: boolean; stopRun: boolean };

export interface CheckKeyContext {
  /** Done or failed: nothing running. */
  idle: boolean;
  /** The plan is ready (watch mode needs the folder). */
  prepared: boolean;
  watching: boolean;
  running: boolean;
}

export function checkKeyToAction(input: string, context: CheckKeyContext): CheckKeyAction | undefined {
  if (input === 'r' && context.idle) return { type: 'rerun' };
  // Stopping watch mode stops the run it started, with every process of it.
  if (input === 'w' && context.prepared)
    return { type: 'watch', on: !context.watching, stopRun: context.watching && context.running };
  return undefined;
}
