// The module screen's keys (screens/module-screen.tsx); its page scrolls with the page keys.
export type ModuleAction = 'lesson' | 'check' | 'quiz';

export function moduleKeyToAction(input: string): ModuleAction | undefined {
  if (input === 'l') return 'lesson';
  if (input === 'c') return 'check';
  if (input === 'z') return 'quiz';
  return undefined;
}
