// The drill setup's keys (practice/drill-screen.tsx): ↑/↓ j/k a field, ←/→ its value, Enter starts.
import type { KeyPress } from './scroll.js';

export type DrillSetupAction =
  | { type: 'field'; delta: 1 | -1 }
  | { type: 'adjust'; step: 1 | -1 }
  | { type: 'start' }
  | { type: 'back' }
  | { type: 'quit' }
  | { type: 'help' };

export function drillSetupKeyToAction(input: string, key: KeyPress): DrillSetupAction | undefined {
  if (key.upArrow || input === 'k') return { type: 'field', delta: -1 };
  if (key.downArrow || input === 'j') return { type: 'field', delta: 1 };
  if (key.leftArrow) return { type: 'adjust', step: -1 };
  if (key.rightArrow) return { type: 'adjust', step: 1 };
  if (key.return) return { type: 'start' };
  if (input === 'b') return { type: 'back' };
  if (input === 'q') return { type: 'quit' };
  if (input === '?') return { type: 'help' };
  return undefined;
}
