// English strings of the final deliverables (screen, status, export); typed against the Spanish set.
import type { Messages } from './index.js';

export const deliverablesEn = (): Messages['deliverables'] => ({
  title: 'Final deliverables',
  home: (done, total) => `Final deliverables · ${done}/${total}`,
  names: {
    portfolio: 'ML portfolio reproduced locally',
    'ci-cd': '3 projects with working CI/CD',
    cards: 'Complete model cards and dataset cards',
    deploy: 'Deployable APIs and dashboards',
    observability: 'Basic observability system',
    runbooks: 'Maintenance runbooks',
  },
  notes: {
    'ci-cd': 'Checker 08 grades one project’s workflow: repeat it in the other two.',
  },
  intro: 'Each one is ticked by the checkers you passed (their last run), never by hand.',
  state: { done: 'done', partial: 'partial', missing: 'missing' },
  summary: (done, total) => `${done} of ${total} deliverables done`,
  evidence: (module, title) => `${module} ${title}`,
  notRun: 'not run',
  run: (last, best, day) => `${last}/100${best > last ? ` (best ${best})` : ''}${day ? ` · ${day}` : ''}`,
  next: (command) => `Next: ${command}`,
  allDone: 'Every deliverable has its checkers passed.',
  openNext: (module) => `c checker ${module}`,
  planKey: 'f deliverables',
  help: [
    '↑/↓ or j/k: scroll · space/PgDn, PgUp: a page · g/G: top/end',
    'c: open the checker of the first missing module',
    'Ticked only by passed checkers: run the one missing',
  ],
  columns: ['Deliverable', 'State', 'Evidence', 'Missing'],
  missingNone: '—',
  cli: {
    heading: 'Final deliverables:',
    today: 'Today:',
  },
});
