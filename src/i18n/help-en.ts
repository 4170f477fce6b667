// English text of the `?` help of every screen; typed against the Spanish set.
import type { Messages } from './index.js';
import { deliverablesEn } from './deliverables-en.js';
export const helpEn = (): Messages['help'] => ({
  title: 'Help',
  screenTitle: (screen: string) => `Keys on this screen · ${screen}`,
  general: 'Everywhere',
  screens: {
    home: {
      name: 'home',
      keys: [
        '↑/↓ or j/k: move · PgUp/PgDn: a page',
        'Enter: open the row (Continue, a step of Today, a module…)',
        'd: the week’s drill · r: review · s: stats · p: the full plan · /: find a module',
        'f: the final deliverables',
        'i: the portfolio pitch (5–7 min) and its talking points',
      ],
    },
    module: {
      name: 'module',
      keys: [
        'l: the lesson · z: the quiz · c: the checker',
        '↑/↓ or j/k: scroll · space/PgDn, PgUp: a page · g/G: top/end',
      ],
    },
    lesson: {
      name: 'lesson',
      keys: [
        '↑/↓ or j/k: a line · space/PgDn, PgUp: a page · g/G: top/end · your place is saved',
        't: contents (Enter jumps to a section, b closes it) · /: search, n/N: next/previous match',
        's: skip a checkpoint · ✓ in the contents: checkpoint passed',
      ],
    },
    check: {
      name: 'checker',
      keys: [
        'r: run the checker again (when it has finished)',
        'w: watch mode: check again on every save and say what changed; w again, b or q stops it',
        '↑/↓ or j/k: scroll · space/PgDn, PgUp: a page · g/G: top/end',
      ],
    },
    plan: {
      name: 'plan',
      keys: ['↑/↓ or j/k: scroll · space/PgDn, PgUp: a page · g/G: top/end', 'f: the final deliverables'],
    },
    deliverables: { name: 'final deliverables', keys: deliverablesEn().help },
    route: { name: 'route', keys: ['↑/↓ or j/k: scroll · space/PgDn, PgUp: a page · g/G: top/end'] },
    pitch: {
      name: 'portfolio pitch',
      keys: [
        'Setup: ↑/↓ field · ←/→ change · Enter on “Start” or on “Review talking points”',
        'While speaking: Enter moves to the next part (on the last, finishes) · n writes a note · q stops (asks first)',
        'Rating: ↑/↓ point · ←/→ or 0/1/2 (no, partly, yes) · Enter on “Save”',
        'Talking points: ←/→ part · ↑/↓ level · PgUp/PgDn scroll',
      ],
    },
    settings: {
      name: 'settings',
      keys: [
        'Enter: change the row (language, pace and drill level cycle; start date and folder open a field)',
        'In a field: type, Backspace, Enter to save, Esc or Shift-Tab to cancel',
      ],
    },
  },
  lines: [
    '↑/↓ or j/k: move through lists',
    'Enter: open or choose',
    'b: back to the previous screen',
    '?: show or hide this help',
    'q: quit (your progress is already saved)',
  ],
  cli: 'Without the interface: mlops-tutor status, mlops-tutor --help',
});
