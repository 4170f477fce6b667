// The app's global keys (app.tsx), off during onboarding, text entry and practice runs.
export type AppKeyAction = 'quit' | 'help' | 'back';

/** `backCaptured`: the screen uses b itself (the lesson's contents close with it). */
export function appKeyToAction(input: string, context: { backCaptured: boolean }): AppKeyAction | undefined {
  if (input === 'q') return 'quit';
  if (input === '?') return 'help';
  if (input === 'b' && !context.backCaptured) return 'back';
  return undefined;
}

/** A help page over a practice screen: ?, b or Esc closes it. */
export function helpOverlayKeyToAction(input: string, key: { escape?: boolean | undefined }): 'close' | undefined {
  return input === '?' || input === 'b' || key.escape ? 'close' : undefined;
}

/** Onboarding: Shift-Tab (or b outside a text step) goes back a step. */
export function onboardingKeyToAction(
  input: string,
  key: { tab?: boolean | undefined; shift?: boolean | undefined },
  context: { textStep: boolean },
): 'back' | undefined {
  return (key.tab && key.shift) || (input === 'b' && !context.textStep) ? 'back' : undefined;
}
