// For effects that land after the frame that proves them (a store write, a process ending): poll
// the assertion instead of sleeping and hoping. Absence on screen needs no polling: wait for the
// positive frame that shows the screen moved on, then assert on that frame.

export interface EventuallyOptions {
  /** Give up (rethrowing the last failure) after this long. */
  timeoutMs?: number;
  /**
   * Once the check passes, it must keep passing this long, so a state that only flickers through
   * (the process list empty for one poll before a child is reaped or respawned) does not count.
   */
  stableMs?: number;
  intervalMs?: number;
}

/** Resolves once `check` (an `expect(…)` that throws until it holds) passes, stably if asked. */
export async function eventually(check: () => void | Promise<void>, options: EventuallyOptions = {}): Promise<void> {
  const { timeoutMs = 5000, stableMs = 0, intervalMs = 10 } = options;
  const deadline = Date.now() + timeoutMs + stableMs;
  let passingSince: number | undefined;
  for (;;) {
    try {
      await check();
      passingSince ??= Date.now();
      if (Date.now() - passingSince >= stableMs) return;
    } catch (error) {
      passingSince = undefined;
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) {
      throw new Error(`held for ${Date.now() - passingSince!} ms of the ${stableMs} ms asked before the deadline`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
