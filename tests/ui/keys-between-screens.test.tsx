// A key typed the instant a screen appears reaches that screen. Ink's useInput subscribes only after
// the frame is written, so such a key used to be lost (a `c` on a module page did nothing, now and then,
// for a fast typist or a pasted sequence); the App's key router registers handlers during the commit.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../../src/state/store.js';
import { App } from '../../src/ui/app.js';
import type { CheckEngine } from '../../src/ui/check-engine.js';
import { realSyllabus } from '../helpers/syllabus.js';
import { renderUi, stripAnsi } from '../helpers/ui.js';

function setup() {
  const home = mkdtempSync(join(tmpdir(), 'mlops-ui-'));
  const workspace = mkdtempSync(join(tmpdir(), 'mlops-ws-'));
  const store = Store.open(home);
  store.update((state) => ({
    ...state,
    profile: { language: 'en', startDate: '2026-11-02', paceWeeks: 8, workspace, createdAt: '2026-11-02T09:00:00Z' },
    lastModule: '01',
  }));
  // The check screen's heading is all this test needs: the engine never answers.
  const engine = () => new Promise<CheckEngine>(() => {});
  return renderUi(
    <App
      store={store}
      syllabus={realSyllabus()}
      fallbackLang="en"
      today={() => '2026-11-26'}
      defaultWorkspace={workspace}
      checkEngine={engine}
    />,
    { columns: 100, rows: 40 },
  );
}

describe('keys between screens', () => {
  it('a key sent right after the frame that shows a screen (before any effect has run) reaches it', async () => {
    const ui = setup();
    await ui.waitFor('Continue: 01');
    // The moment the module page is written, and before React's effects run (they come in a later
    // task; a tick runs as soon as this write returns), the learner presses c.
    let sent = false;
    const write = ui.stdout.write.bind(ui.stdout);
    ui.stdout.write = (frame: string) => {
      const result = write(frame);
      if (!sent && stripAnsi(frame).includes('Module 01 ·')) {
        sent = true;
        process.nextTick(() => ui.stdin.write('c'));
      }
      return result;
    };
    await ui.press('enter');
    const frame = await ui.waitFor('Checker 01 ·');
    expect(sent).toBe(true);
    expect(frame).not.toContain('l lesson · z quiz');
  });
});
