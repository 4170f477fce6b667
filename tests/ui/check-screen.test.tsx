// The TUI check screen on the real engine and a real Python: live items, score, hints, re-run, saved.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../../src/state/store.js';
import { App } from '../../src/ui/app.js';
import type { Route } from '../../src/ui/app-state.js';
import { testPython } from '../checks/helpers.js';
import { realSyllabus, repoRoot } from '../helpers/syllabus.js';
import { renderUi } from '../helpers/ui.js';

function setup(workspace: string, route: Route) {
  const store = Store.open(mkdtempSync(join(tmpdir(), 'mlops-ui-')));
  store.update((state) => ({
    ...state,
    profile: { language: 'en', startDate: '2026-11-02', paceWeeks: 8, workspace, python: testPython(), createdAt: 'x' },
  }));
  const ui = renderUi(
    <App
      store={store}
      syllabus={realSyllabus()}
      fallbackLang="en"
      today={() => '2026-11-26'}
      defaultWorkspace={workspace}
      initialRoute={route}
    />,
    { columns: 80, rows: 40 },
  );
  return { ...ui, store };
}

describe('check screen', () => {
  it(
    'runs the checker on the learner’s folder, shows the score by category and saves it',
    { timeout: 120_000 },
    async () => {
      const workspace = mkdtempSync(join(tmpdir(), 'mlops-ws-'));
      cpSync(join(repoRoot, 'solutions', '00-intro'), join(workspace, '00-intro'), { recursive: true });
      const ui = setup(workspace, { name: 'module', id: '00' });
      const module = await ui.waitFor('Module 00 · Introduction');
      expect(module).toContain('c check');
      await ui.press({ text: 'c' });
      await ui.waitFor('Checker 00 · Introduction');
      const done = await ui.waitFor('By category', 90_000);
      expect(done).toMatch(/Score: \d+\/100/);
      expect(done).toContain(`Folder: ${join(workspace, '00-intro')}`);
      expect(done).toMatch(/✓ \S/);
      expect(done).toContain('r run again');
      const saved = ui.store.read().modules['00']?.check;
      expect(saved?.history).toHaveLength(1);
      expect(saved?.passed).toBe(true);
    },
  );

  it('shows what is missing and how to win the points back, then re-runs with r', { timeout: 180_000 }, async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'mlops-ws-'));
    cpSync(join(repoRoot, 'solutions', '00-intro'), join(workspace, '00-intro'), { recursive: true });
    rmSync(join(workspace, '00-intro', 'README.md'));
    const ui = setup(workspace, { name: 'check', id: '00' });
    await ui.waitFor('How to win the points back', 90_000);
    // The lost points come first; the items are further down
    await ui.press({ text: 'G' });
    const frame = await ui.waitFor('✗');
    expect(frame).toContain('Item by item');
    await ui.press({ text: 'r' });
    await ui.waitFor((text) => !text.includes('How to win the points back'));
    await ui.waitFor('How to win the points back', 90_000);
    expect(ui.store.read().modules['00']?.check?.history).toHaveLength(2);
  });

  it('says in one sentence when the mini-project folder does not exist', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'mlops-ws-'));
    mkdirSync(join(workspace, 'other'));
    const ui = setup(workspace, { name: 'check', id: '03' });
    const frame = await ui.waitFor('does not');
    expect(frame.replace(/\s+/g, ' ')).toContain(
      `The mini-project folder ${join(workspace, '03-feature-engineering')} does not exist: run mlops-tutor init in your workspace, change the workspace in Settings, or map the module in mlops-tutor.json.`,
    );
  });
});
