// The app's global keys (app.tsx), off during onboarding, text entry and practice runs.
export type AppKeyAction = 'quit' | 'help' | 'back';

/** `backCaptured`: the screen uses b itself (the lesson's contents close with it). */
export function appKeyToAction(input: string, context: { backCaptured: boolean }): AppKeyAction | undefined {
  if (input === 'q') return 'quit';
  if (input === '?') return 'help';
  if (input === 'b' && !context.backCaptured) return 'back';
  return undefined;
}
