// Home rows carry what choosing them does, so the app dispatches on data, not on parsed row keys.
import { describe, expect, it } from 'vitest';
import { planFor } from '../../src/core/schedule.js';
import { summarize } from '../../src/core/status.js';
import { messages } from '../../src/i18n/index.js';
import { findRows, homeRows, stepRow } from '../../src/ui/screens/home.js';
import { realSyllabus } from '../helpers/syllabus.js';

const syllabus = realSyllabus();
const plan = planFor(syllabus, 8);
const t = messages('en');
const summaryOf = (modules: Parameters<typeof summarize>[0]['progress']) =>
  summarize({
    syllabus,
    lang: 'en',
    today: '2026-11-03',
    startDate: '2026-11-02',
    paceWeeks: 8,
    progress: modules,
    lastModule: '01',
  });

describe('home row actions', () => {
  it('Continue opens the module page, with the lesson on top when it was left half-read', () => {
    const fresh = homeRows(t, summaryOf({}), plan);
    expect(fresh[1]).toMatchObject({
      label: expect.stringContaining('01'),
      action: { type: 'module', id: '01', then: undefined },
    });
    const halfRead = homeRows(
      t,
      summaryOf({
        '01': { lesson: { position: 30, sectionsRead: [0, 1, 2], read: false, updatedAt: '2026-11-03T10:00:00Z' } },
      }),
      plan,
    );
    expect(halfRead[1]?.action).toEqual({ type: 'module', id: '01', then: 'lesson' });
  });

  it('plan rows open their module; the rest open their screen, help or quit; headings do nothing', () => {
    const rows = homeRows(t, summaryOf({}), plan);
    const byKey = new Map(rows.map((row) => [row.key, row.action]));
    expect(byKey.get('module:05:4')).toEqual({ type: 'module', id: '05' });
    expect(byKey.get('drill')).toEqual({ type: 'open', route: 'drill' });
    expect(byKey.get('settings')).toEqual({ type: 'open', route: 'settings' });
    expect(byKey.get('help')).toEqual({ type: 'help' });
    expect(byKey.get('quit')).toEqual({ type: 'quit' });
    expect(rows.filter((row) => row.heading).every((row) => row.action.type === 'none')).toBe(true);
  });

  it('a step of Today opens that step over its module; a found module opens the module', () => {
    expect(stepRow(t, { kind: 'check', module: '03', state: 'todo', value: null }).action).toEqual({
      type: 'module',
      id: '03',
      then: 'check',
    });
    expect(findRows(t, summaryOf({}), 'deploy').map((row) => row.action)).toEqual([{ type: 'module', id: '06' }]);
  });
});
