// Issue 11, "the first hour": what a new learner tripped on, each replayed in a real pseudo-terminal
// through the built binary (or through `make`, which runs it), asserting on what the screen shows.
import { chmodSync, cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli, tempDir } from '../helpers/cli.js';
import { eventually } from '../helpers/eventually.js';
import { KEYS, startPty, type PtySession } from '../helpers/pty.js';
import { repoRoot } from '../helpers/syllabus.js';
import { testPython } from '../checks/helpers.js';
import { loadContent } from '../../src/content/load.js';

const sessions: PtySession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
});
const start = (...args: Parameters<typeof startPty>) => {
  const session = startPty(...args);
  sessions.push(session);
  return session;
};

const profile = (workspace: string, extra: object = {}) => ({
  language: 'en',
  startDate: '2026-11-02',
  paceWeeks: 8,
  workspace,
  createdAt: '2026-11-02T09:00:00.000Z',
  ...extra,
});
const save = (home: string, state: object) =>
  writeFileSync(
    join(home, 'state.json'),
    JSON.stringify({ schemaVersion: 2, modules: {}, quizzes: [], questions: {}, drills: [], cards: {}, ...state }),
  );

/** A PATH whose npx and npm fail loudly: anything that asks a registry shows up on the screen. */
function offlinePath(): string {
  const bin = tempDir('mlops-offline-');
  for (const name of ['npx', 'npm']) {
    writeFileSync(join(bin, name), '#!/bin/sh\necho "REGISTRY ASKED: $0 $*"\nexit 97\n');
    chmodSync(join(bin, name), 0o755);
  }
  return `${bin}:${process.env.PATH}`;
}
const offline = () => ({
  PATH: offlinePath(),
  npm_config_offline: 'true',
  npm_config_registry: 'http://127.0.0.1:9/',
  NO_COLOR: '1',
});

describe('item 1: make check-NN runs this installation', () => {
  it(
    'a workspace outside the install folder passes make check-01 with no registry in reach',
    { timeout: 180_000 },
    async () => {
      const home = tempDir('mlops-home-');
      const workspace = tempDir('mlops-ws-');
      expect((await cli(['init', workspace], { home })).exitCode).toBe(0);
      const makefile = readFileSync(join(workspace, 'Makefile'), 'utf8');
      expect(makefile).toContain(`MLOPS_TUTOR ?= node '${join(repoRoot, 'bin', 'mlops-tutor.js')}'`);
      expect(makefile).not.toContain('npx');
      const workflow = readFileSync(join(workspace, '.github/workflows/mlops-tutor.yml'), 'utf8');
      const version = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version;
      expect(workflow).toContain(`run: npm install --global mlops-tutor@${version}`);
      expect(workflow).toContain('run: make check-all MLOPS_TUTOR=mlops-tutor');
      expect(workflow).not.toContain('npx');
      expect((await cli(['solution', '01', '--copy', join(workspace, '01-modern-python')], { home })).exitCode).toBe(0);

      const make = start(['check-01'], {
        command: 'make',
        home,
        cwd: workspace,
        cols: 100,
        rows: 40,
        env: { ...offline(), MLOPS_TUTOR_PYTHON: testPython() },
      });
      const screen = await make.waitFor('Passed (pass mark 70).', 150_000);
      expect(screen).not.toContain('REGISTRY ASKED');
      expect(await make.exited).toBe(0);
    },
  );

  it('MLOPS_TUTOR at make time runs another command instead', { timeout: 60_000 }, async () => {
    const home = tempDir('mlops-home-');
    const workspace = tempDir('mlops-ws-');
    expect((await cli(['init', workspace], { home })).exitCode).toBe(0);
    const make = start(['check-03', 'MLOPS_TUTOR=echo OVERRIDDEN'], {
      command: 'make',
      home,
      cwd: workspace,
      env: offline(),
    });
    await make.waitFor(`OVERRIDDEN check 03 --dir ${workspace}`);
    expect(await make.exited).toBe(0);
  });
});

describe('item 2: init without DIR scaffolds the workspace chosen at setup', () => {
  it('uses the saved workspace, not the current folder, and says which one', { timeout: 60_000 }, async () => {
    const home = tempDir('mlops-home-');
    const workspace = tempDir('mlops-ws-');
    const elsewhere = tempDir('mlops-cwd-');
    save(home, { profile: profile(workspace) });
    const session = start(['init'], { home, cwd: elsewhere, cols: 120 });
    const screen = await session.waitFor('Next: make setup');
    expect(screen).toContain(`No folder given: using the workspace from your setup, ${workspace}.`);
    expect(screen).toContain(`Workspace ready in ${workspace}`);
    expect(await session.exited).toBe(0);
    expect(readFileSync(join(workspace, 'Makefile'), 'utf8')).toContain('check-%');
  });

  it('with no setup yet it uses the current folder and says so', { timeout: 60_000 }, async () => {
    const home = tempDir('mlops-home-');
    const here = tempDir('mlops-cwd-');
    const session = start(['init', '--lang', 'es'], { home, cwd: here, cols: 120 });
    const screen = await session.waitFor('Siguiente');
    expect(screen).toContain(`Sin carpeta y sin carpeta de trabajo guardada: uso la carpeta actual, ${here}.`);
    expect(await session.exited).toBe(0);
  });
});

describe('item 10: solution NN --copy with no folder', () => {
  it(
    'copies into the module folder of the saved workspace (as mlops-tutor.json maps it)',
    { timeout: 60_000 },
    async () => {
      const home = tempDir('mlops-home-');
      const workspace = tempDir('mlops-ws-');
      mkdirSync(join(workspace, 'mine'));
      writeFileSync(join(workspace, 'mlops-tutor.json'), JSON.stringify({ modules: { '01': 'mine' } }));
      save(home, { profile: profile(workspace) });
      const session = start(['solution', '01', '--copy'], { home, cwd: tempDir('mlops-cwd-'), cols: 120 });
      const screen = await session.waitFor('files copied');
      expect(screen).toContain(`files copied to ${join(workspace, 'mine')}.`);
      expect(await session.exited).toBe(0);
      expect(readFileSync(join(workspace, 'mine', 'utils', 'mathops.py'), 'utf8')).toBe(
        readFileSync(join(repoRoot, 'solutions', '01-modern-python', 'utils', 'mathops.py'), 'utf8'),
      );
    },
  );
});

describe('item 4: setup offers to create a workspace folder that does not exist', () => {
  it('Enter on "Create it" makes the folder and saves it as the workspace', { timeout: 60_000 }, async () => {
    const home = tempDir('mlops-home-');
    const parent = tempDir('mlops-parent-');
    const wanted = join(parent, 'course', 'projects');
    const session = start(['--lang', 'en'], { home, cwd: parent });
    await session.waitFor('Idioma / Language');
    await session.type(KEYS.enter);
    // Item 21: the suggested date reads as a suggestion after the cursor, not as typed text
    const dateStep = await session.waitFor('Which day do you start?');
    expect(dateStep).toMatch(/^> {3}\(Enter: \d{4}-\d{2}-\d{2}\)$/m);
    expect(dateStep).toContain('Shift-Tab previous step');
    await session.type(KEYS.enter);
    await session.waitFor('In how many weeks');
    await session.type(KEYS.enter);
    await session.waitFor('Where will you keep');
    await session.type(`${wanted}\r`);
    const asked = await session.waitFor('does not exist yet');
    expect(asked.replace(/\n/g, '')).toContain(`The folder ${wanted} does not exist yet.`);
    expect(asked).toContain('❯ Create it and use it');
    await session.type(KEYS.enter);
    await session.waitFor('Continue: 00 Introduction');
    expect(statSync(wanted).isDirectory()).toBe(true);
    // The interface writes a change just after the frame that shows it.
    await eventually(() =>
      expect(JSON.parse(readFileSync(join(home, 'state.json'), 'utf8')).profile.workspace).toBe(wanted),
    );
    await session.type('q');
    expect(await session.exited).toBe(0);
  });
});

/** Home → Settings: the entry above Help and Quit at the end of the list. */
async function openSettings(session: PtySession): Promise<void> {
  for (let i = 0; i < 5; i++) await session.type('\u001B[6~');
  await session.waitFor('❯ Quit');
  await session.type(KEYS.up);
  await session.waitFor('❯ Help');
  await session.type(KEYS.up);
  await session.waitFor('❯ Settings');
  await session.type(KEYS.enter);
  await session.waitFor('mlops-tutor · Settings');
}

describe('item 13: Settings changes the start date and the drill level', () => {
  it(
    'a new start date moves the week; a chosen drill level replaces the week’s on home',
    { timeout: 60_000 },
    async () => {
      const home = tempDir('mlops-home-');
      const cwd = tempDir('mlops-ws-');
      save(home, { profile: profile(cwd, { startDate: '2020-01-06' }) });
      const session = start([], { home, cwd, cols: 80, rows: 30 });
      await session.waitFor('Plan complete');
      await openSettings(session);
      await session.type(KEYS.down);
      await session.type(KEYS.down);
      await session.waitFor(/❯ Start date\s+2020-01-06/);
      await session.type(KEYS.enter);
      await session.waitFor('(Enter: 2020-01-06)');
      await session.type('2030-02-31\r');
      await session.waitFor('That date does not exist');
      for (let i = 0; i < 2; i++) await session.type('\u007f');
      await session.type('01\r');
      await session.waitFor(/Start date\s+2030-02-01/);
      await session.type(KEYS.down);
      await session.waitFor(/❯ Drill level\s+the week's \(junior now\)/);
      await session.type(KEYS.enter);
      await session.waitFor(/❯ Drill level\s+junior/);
      await session.type(KEYS.enter);
      await session.waitFor(/❯ Drill level\s+mid/);
      await eventually(() =>
        expect(JSON.parse(readFileSync(join(home, 'state.json'), 'utf8')).profile).toMatchObject({
          startDate: '2030-02-01',
          drillLevel: 'mid',
        }),
      );
      // Back on home at Settings, far down the list; Today, at its top, shows the chosen level.
      await session.type('b');
      await session.waitFor('❯ Settings');
      let homeScreen = session.screen();
      for (let i = 0; i < 40 && !homeScreen.includes('❯ Drill (mid)'); i++) {
        await session.type(KEYS.up);
        homeScreen = await session.waitFor((screen) => screen !== homeScreen);
      }
      expect(homeScreen).toContain('❯ Drill (mid)');
      expect(homeScreen).toMatch(/You start in \d+ days/);
      await session.type('q');
      expect(await session.exited).toBe(0);
    },
  );
});

describe('items 8 and 12: a drill that times out', () => {
  it(
    'unseen questions are "not reached" (no cards, no "first completed drill"); times read #1 0:05',
    { timeout: 60_000 },
    async () => {
      const home = tempDir('mlops-home-');
      const cwd = tempDir('mlops-ws-');
      save(home, { profile: profile(cwd) });
      const session = start(['drill', '--level', 'junior', '--count', '3', '--minutes', '0.05'], {
        home,
        cwd,
        cols: 100,
        rows: 40,
      });
      await session.waitFor('Timed drill');
      await session.type(KEYS.enter);
      await session.waitFor('Question 1/3');
      const results = await session.waitFor('Drill results', 20_000);
      expect(results).toContain('Score: 0 % · 0/3 right');
      expect(results).toContain('Time ran out: the question on screen counts as missed.');
      expect(results).toContain('2 questions not reached');
      expect(results).not.toContain('first completed drill');
      expect(results).toMatch(/#1 —\s+#2 —\s+#3 —/);
      expect(results).toContain('1 question goes to your review queue.');
      await session.type('q');
      expect(await session.exited).toBe(0);
      const state = JSON.parse(readFileSync(join(home, 'state.json'), 'utf8'));
      expect(state.drills[0]).toMatchObject({ status: 'timeout' });
      expect(Object.keys(state.cards)).toEqual([state.drills[0].questionIds[0]]);
    },
  );

  it('answered questions show their time as #N m:ss', { timeout: 60_000 }, async () => {
    const home = tempDir('mlops-home-');
    const cwd = tempDir('mlops-ws-');
    save(home, { profile: profile(cwd) });
    const session = start(['drill', '--level', 'junior', '--count', '1', '--minutes', '5'], {
      home,
      cwd,
      cols: 100,
      rows: 40,
    });
    await session.waitFor('Timed drill');
    await session.type(KEYS.enter);
    const question = await session.waitFor('Question 1/1');
    if (question.includes('Enter model answer')) {
      await session.type(KEYS.enter);
      await session.waitFor('Tick the key points you covered');
      await session.type(KEYS.enter);
    } else if (question.includes('More than one answer is right')) {
      await session.type(' ');
      await session.waitFor('[x]');
      await session.type(KEYS.enter);
    } else await session.type('1');
    const results = await session.waitFor('Drill results', 20_000);
    expect(results).toMatch(/#1 0:\d\d/);
    expect(results).not.toMatch(/\b1:0:\d\d/);
  });
});

/** Answers the single or multiple-choice question on screen with its first option. */
async function answerFirst(session: PtySession, screen: string): Promise<void> {
  if (screen.includes('More than one answer is right')) {
    await session.type(' ');
    await session.waitFor('[x]');
    await session.type(KEYS.enter);
  } else await session.type('1');
}

describe('item 6: b in the middle of a quiz', () => {
  it(
    'asks first; n stays; y leaves and keeps the answers as an abandoned attempt (not the best)',
    { timeout: 60_000 },
    async () => {
      const home = tempDir('mlops-home-');
      const cwd = tempDir('mlops-ws-');
      save(home, { profile: profile(cwd) });
      const session = start(['quiz', '01'], { home, cwd, cols: 100, rows: 40 });
      const first = await session.waitFor(/Question 1\/\d+/);
      const total = Number(/Question 1\/(\d+)/.exec(first)![1]);
      await answerFirst(session, first);
      await session.waitFor(/✓ Correct|✗ Incorrect|Partly right/);
      await session.type('b');
      const asked = await session.waitFor('Leave the quiz?');
      expect(asked.replace(/\n/g, ' ')).toContain(`Your 1 of ${total} answers are kept as an abandoned attempt`);
      await session.type('n');
      await session.waitFor(
        (screen) => !screen.includes('Leave the quiz?') && /✓ Correct|✗ Incorrect|Partly right/.test(screen),
      );
      await session.type('b');
      await session.waitFor('Leave the quiz?');
      await session.type('y');
      await session.waitFor('Continue:');
      await session.type('q');
      expect(await session.exited).toBe(0);
      const state = JSON.parse(readFileSync(join(home, 'state.json'), 'utf8'));
      expect(state.quizzes).toHaveLength(1);
      expect(state.quizzes[0]).toMatchObject({ module: '01', abandoned: true, answered: 1, total });
      expect(state.modules['01']?.quiz).toBeUndefined();
    },
  );

  it('with nothing answered yet, b just leaves', { timeout: 60_000 }, async () => {
    const home = tempDir('mlops-home-');
    const cwd = tempDir('mlops-ws-');
    save(home, { profile: profile(cwd) });
    const session = start(['quiz', '01'], { home, cwd, cols: 100, rows: 40 });
    await session.waitFor(/Question 1\/\d+/);
    await session.type('b');
    await session.waitFor('Continue:');
    await session.type('q');
    expect(await session.exited).toBe(0);
  });
});

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

describe('items 7, 11 and 25: behind, and the last checker score beside the best', () => {
  // Week 5 of 8: modules 00 and 01 (week 1) are behind. 00 passed once (91), then its last run failed (55).
  const state = (workspace: string) => ({
    profile: profile(workspace, { startDate: daysAgo(29) }),
    modules: {
      '00': {
        startedAt: 'x',
        check: {
          best: 91,
          passed: true,
          history: [
            { at: 'a', score: 91 },
            { at: 'b', score: 55 },
          ],
        },
      },
    },
  });

  it(
    'home: 00 is not passed, shows 55 (best 91), and "behind" is drawn in the warning colour',
    { timeout: 60_000 },
    async () => {
      const home = tempDir('mlops-home-');
      const cwd = tempDir('mlops-ws-');
      save(home, state(cwd));
      const session = start([], { home, cwd, cols: 80, rows: 30, env: { FORCE_COLOR: '1' } });
      const screen = await session.waitFor('Week 5 of 8');
      expect(screen).toContain('mlops-tutor · 0/12 passed');
      expect(screen).toMatch(/00 Introduction\s+behind · 55 \(best 91\)/);
      expect(screen).toMatch(/01 Modern Python\s+behind/);
      expect(session.raw()).toMatch(/\u001b\[33m behind · 55 \(best 91\)/);
      await session.type('q');
      expect(await session.exited).toBe(0);
    },
  );

  it('export: "behind by 4 weeks" and the last score with the best beside it', { timeout: 60_000 }, async () => {
    const home = tempDir('mlops-home-');
    const cwd = tempDir('mlops-ws-');
    save(home, state(cwd));
    const session = start(['export'], { home, cwd, cols: 200, rows: 50 });
    const screen = await session.waitFor('## Drills');
    expect(screen).toMatch(/\| 00 Introduction \| behind by 4 weeks \| — \| — \| 55\/100 \(best 91\) \|/);
    expect(screen).toMatch(/\| 01 Modern Python \| behind by 4 weeks \|/);
    expect(await session.exited).toBe(0);
    const json = JSON.parse((await cli(['export', '--format', 'json'], { home })).stdout);
    expect(json.modules[0]).toMatchObject({
      id: '00',
      status: 'in-progress',
      behindWeeks: 4,
      check: { last: 55, best: 91, passed: false },
    });
  });
});

describe('items 14 and 15: the check result at 80×24', () => {
  it(
    'module 00 gets a neutral label; the lost points come first and the footer says there is more',
    { timeout: 180_000 },
    async () => {
      const home = tempDir('mlops-home-');
      const workspace = tempDir('mlops-ws-');
      cpSync(join(repoRoot, 'solutions', '00-intro'), join(workspace, '00-intro'), { recursive: true });
      rmSync(join(workspace, '00-intro', 'README.md'));
      save(home, { profile: profile(workspace, { python: testPython() }) });
      const session = start([], { home, cwd: workspace, cols: 80, rows: 24 });
      await session.waitFor('Continue: 00 Introduction');
      await session.type(KEYS.enter);
      await session.waitFor('Module 00 · Introduction');
      await session.type('c');
      const done = await session.waitFor('How to win the points back', 150_000);
      expect(done).toMatch(/Score: \d+\/100 · (excellent|very good|good|almost there|still developing)/);
      expect(done).not.toContain('Staff/Principal');
      expect(done).toMatch(/−\d+ /);
      expect(done).toMatch(/↓ \d+ more lines · space\/PgDn/);
      expect(done).toContain('↓/space more');
      // G goes to the end: the items are there and nothing is left below
      await session.type('G');
      const end = await session.waitFor((screen) => !/↓ \d+ more lines/.test(screen));
      expect(end).toMatch(/\[\d+\/\d+\]/);
      await session.type('q');
      expect(await session.exited).toBe(0);
    },
  );
});

describe('item 15: a module page that scrolls says so', () => {
  it(
    'at 60×20 the last row counts the lines below and the footer says ↓/space more; G reaches the end',
    { timeout: 60_000 },
    async () => {
      const home = tempDir('mlops-home-');
      const cwd = tempDir('mlops-ws-');
      save(home, { profile: profile(cwd) });
      const session = start([], { home, cwd, cols: 60, rows: 20 });
      await session.waitFor('Continue: 00 Introduction');
      await session.type(KEYS.enter);
      const page = await session.waitFor('Module 00 · Introduction');
      expect(page).toMatch(/↓ \d+ more lines · space\/PgDn/);
      expect(page).toContain('↓/space more');
      await session.type('G');
      const end = await session.waitFor('How it is validated');
      expect(end).not.toMatch(/↓ \d+ more lines/);
      await session.type('q');
      expect(await session.exited).toBe(0);
    },
  );
});

describe('item 9: the module 00 quiz keeps to module 00', () => {
  it(
    'asks only junior-week questions of module 00 and the modules reached by then (no DVC, Dockerfile or telecom case)',
    { timeout: 90_000 },
    async () => {
      const home = tempDir('mlops-home-');
      const cwd = tempDir('mlops-ws-');
      save(home, { profile: profile(cwd) });
      const session = start(['quiz', '00'], { home, cwd, cols: 100, rows: 40 });
      const first = await session.waitFor(/Question 1\/(\d+)/);
      const total = Number(/Question 1\/(\d+)/.exec(first)![1]);
      expect(total).toBeGreaterThanOrEqual(4);
      for (let n = 1; n <= total; n++) {
        const screen = await session.waitFor(`Question ${n}/${total}`);
        expect(screen).toMatch(/\((junior|mid)\) · ★/);
        expect(screen).not.toMatch(/\(senior\)|DVC|Dockerfile|Telecom/);
        await answerFirst(session, screen);
        await session.waitFor(/✓ Correct|✗ Incorrect|Partly right/);
        await session.type(KEYS.enter);
      }
      await session.waitFor(/\d+\/\d+ right · \d+ %/);
      await session.type('q');
      expect(await session.exited).toBe(0);
    },
  );
});

describe('item 5: code in a quiz prompt keeps its lines', () => {
  it(
    'the Makefile question shows each target and its indented recipe on its own line, at 60 columns',
    { timeout: 90_000 },
    async () => {
      const home = tempDir('mlops-home-');
      const cwd = tempDir('mlops-ws-');
      // Module 00 has more questions than a quiz asks: the last attempt asked every other one, so this one comes first.
      const others = loadContent(repoRoot)
        .questions.map((question) => question.id)
        .filter((id) => id !== 'jr-git-06');
      save(home, {
        profile: profile(cwd),
        quizzes: [{ at: '2026-11-20T10:00:00.000Z', module: '00', score: 50, total: 10, questionIds: others }],
      });
      const session = start(['quiz', '00'], { home, cwd, cols: 60, rows: 30 });
      const first = await session.waitFor(/Question 1\/(\d+)/);
      const total = Number(/Question 1\/(\d+)/.exec(first)![1]);
      let makefile: string | undefined;
      for (let n = 1; n <= total && !makefile; n++) {
        const screen = await session.waitFor(`Question ${n}/${total}`);
        if (screen.includes('About this Makefile')) makefile = screen;
        else {
          await answerFirst(session, screen);
          await session.waitFor(/✓ Correct|✗ Incorrect|Partly right/);
          await session.type(KEYS.enter);
        }
      }
      expect(makefile, 'the module 00 quiz always asks the Makefile question').toBeDefined();
      const lines = makefile!.split('\n');
      for (const expected of [
        '.PHONY: setup test',
        'setup:',
        '    python -m venv .venv',
        '    .venv/bin/pip install -r requirements.txt',
        'test:',
        '    .venv/bin/pytest -q',
      ])
        expect(lines, expected).toContain(expected);
      for (const line of lines) expect([...line].length).toBeLessThanOrEqual(60);
    },
  );
});

describe('item 28: COMMAND --help', () => {
  it('prints that command’s usage, options and an example, in the chosen language', { timeout: 60_000 }, async () => {
    const home = tempDir('mlops-home-');
    const cwd = tempDir('mlops-ws-');
    const check = start(['check', '--help'], { home, cwd, cols: 80, rows: 30 });
    const screen = await check.waitFor('Examples:');
    expect(screen).toContain('mlops-tutor check NN|all [--json] [--junit FILE] [--python P]');
    expect(screen).toMatch(/--junit FILE\s+also write a JUnit XML report/);
    expect(screen).toContain('  mlops-tutor check 01');
    expect(screen).not.toContain('Commands:');
    expect(await check.exited).toBe(0);
    const drill = start(['--lang', 'es', 'drill', '--help'], { home, cwd, cols: 60, rows: 30 });
    const es = await drill.waitFor('Ejemplos:');
    expect(es).toMatch(/--level L\s+junior, mid o senior/);
    expect(es).toContain('mlops-tutor drill --level mid');
    for (const line of es.split('\n')) expect([...line].length).toBeLessThanOrEqual(60);
    expect(await drill.exited).toBe(0);
  });

  it('every command has its own help, and --help alone is still the global one', async () => {
    for (const command of [
      'status',
      'lesson',
      'quiz',
      'drill',
      'review',
      'export',
      'reset',
      'check',
      'doctor',
      'init',
      'solution',
      'validate-content',
    ]) {
      const result = await cli([command, '--help']);
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toContain(`  mlops-tutor ${command}`);
      expect(result.stdout).toContain('Examples:');
    }
    expect((await cli(['--help'])).stdout).toContain('Commands:');
  });
});

describe('item 17: ? lists the keys of the screen it is pressed on', () => {
  it(
    'home, module and lesson each show their own keys; b returns to the same screen',
    { timeout: 60_000 },
    async () => {
      const home = tempDir('mlops-home-');
      const cwd = tempDir('mlops-ws-');
      save(home, { profile: profile(cwd) });
      const session = start([], { home, cwd, cols: 80, rows: 24 });
      await session.waitFor('Continue: 00 Introduction');
      await session.type('?');
      const onHome = await session.waitFor('Keys on this screen · home');
      expect(onHome).toContain('Enter: open the row');
      expect(onHome).toContain('q: quit (your progress is already saved)');
      await session.type('b');
      await session.waitFor('Continue: 00 Introduction');
      await session.type(KEYS.enter);
      await session.waitFor('Module 00 · Introduction');
      await session.type('?');
      const onModule = await session.waitFor('Keys on this screen · module');
      expect(onModule).toContain('l: the lesson · z: the quiz · c: the checker');
      await session.type('b');
      await session.waitFor('Module 00 · Introduction');
      await session.type('l');
      await session.waitFor('Lesson 00');
      await session.type('?');
      const onLesson = await session.waitFor('Keys on this screen · lesson');
      expect(onLesson).toContain('t: contents');
      await session.type('b');
      await session.waitFor('Lesson 00');
      await session.type('q');
      expect(await session.exited).toBe(0);
    },
  );
});

describe('item 19: Continue resumes a half-read lesson where it was left', () => {
  it('opens the lesson at the saved place; b goes to the module page', { timeout: 60_000 }, async () => {
    const home = tempDir('mlops-home-');
    const cwd = tempDir('mlops-ws-');
    save(home, {
      profile: profile(cwd),
      lastModule: '01',
      modules: {
        '01': { startedAt: 'x', lesson: { position: 40, sectionsRead: [0, 1], read: false, updatedAt: 'x' } },
      },
    });
    const session = start([], { home, cwd, cols: 80, rows: 24 });
    const homeScreen = await session.waitFor('Continue: 01 Modern Python');
    expect(homeScreen).toMatch(/Continue: 01 Modern Python\s+lesson 33 %/);
    await session.type(KEYS.enter);
    const lesson = await session.waitFor('Lesson 01 · Modern Python');
    // Not the top of the lesson: its first heading is scrolled away
    expect(lesson.split('\n')[2]).not.toMatch(/^Goals/);
    expect(lesson).toMatch(/\d+ % · [2-6]\/6 sections/);
    await session.type('b');
    await session.waitFor('Module 01 · Modern Python');
    await session.type('q');
    expect(await session.exited).toBe(0);
  });
});

describe('item 18: search inside a lesson; the contents open on the current section', () => {
  it(
    '/ finds a word, n goes to the next match, and t puts the cursor on the section being read',
    { timeout: 60_000 },
    async () => {
      const home = tempDir('mlops-home-');
      const cwd = tempDir('mlops-ws-');
      save(home, { profile: profile(cwd) });
      const session = start(['lesson', '01'], { home, cwd, cols: 80, rows: 24 });
      await session.waitFor('Lesson 01 · Modern Python');
      await session.type('/');
      await session.waitFor('Esc cancel');
      // b is text in the search field, not back
      await session.type('basemodel\r');
      const found = await session.waitFor(/“basemodel”: 1 of (\d+)/);
      const total = Number(/“basemodel”: 1 of (\d+)/.exec(found)![1]);
      expect(total).toBeGreaterThan(1);
      const body = found.split('\n').slice(2, -3).join('\n');
      expect(body.toLowerCase()).toContain('basemodel');
      await session.type('n');
      await session.waitFor(`“basemodel”: 2 of ${total}`);
      await session.type('t');
      const contents = await session.waitFor('Contents');
      const selected = contents.split('\n').find((line) => line.startsWith('❯'));
      expect(selected).toBeDefined();
      expect(selected).not.toContain('Goals');
      await session.type('b');
      await session.waitFor(`“basemodel”: 2 of ${total}`);
      await session.type('q');
      expect(await session.exited).toBe(0);
    },
  );
});

describe('item 26: reset answered with Ctrl-D or Ctrl-C', () => {
  it('says it cancelled on a line of its own and deletes nothing', { timeout: 60_000 }, async () => {
    const home = tempDir('mlops-home-');
    const cwd = tempDir('mlops-ws-');
    save(home, { profile: profile(cwd), modules: { '03': { startedAt: 'x' } } });
    for (const [key, code] of [
      ['\u0004', 0],
      ['\u0003', 130],
    ] as const) {
      const session = start(['reset', '--all'], { home, cwd });
      await session.waitFor('[y/N]');
      await session.type(key);
      const screen = await session.waitFor('Cancelled: nothing was deleted.');
      const lines = screen.split('\n');
      expect(lines).toContain('Cancelled: nothing was deleted.');
      expect(
        lines.some((line) => line.startsWith('Forget the progress of every module?') && !line.includes('Cancelled')),
      ).toBe(true);
      expect(screen).not.toContain('Unexpected error');
      expect(await session.exited).toBe(code);
    }
    expect(JSON.parse(readFileSync(join(home, 'state.json'), 'utf8')).modules['03']).toBeDefined();
  });
});

describe('items 22 and 24: drill notes and what the results show', () => {
  it(
    'notes wrap over several lines (two Backspaces in one chunk delete two characters); results show the notes, the key points missed and what was picked',
    { timeout: 90_000 },
    async () => {
      const home = tempDir('mlops-home-');
      const cwd = tempDir('mlops-ws-');
      save(home, { profile: profile(cwd) });
      const session = start(['drill', '--level', 'senior', '--count', '20', '--minutes', '60'], {
        home,
        cwd,
        cols: 60,
        rows: 40,
      });
      await session.waitFor('Timed drill');
      await session.type(KEYS.enter);
      const notes = 'I would ship behind a canary, watch latency, errors and the drift of the inputs, then roll out xx';
      let autoAnswered = 0;
      for (let n = 1; n <= 20; n++) {
        const screen = await session.waitFor(`Question ${n}/20`);
        if (!screen.includes('Enter model answer')) {
          await answerFirst(session, screen);
          autoAnswered += 1;
          continue;
        }
        await session.type('n');
        await session.waitFor('Enter end notes');
        await session.type(`${notes}\u007f\u007f`);
        const typing = await session.waitFor('then roll out');
        // The notes wrap: their start and their end are on different lines
        const start = typing.split('\n').findIndex((line) => line.includes('I would ship'));
        const end = typing.split('\n').findIndex((line) => line.includes('then roll out'));
        expect(end).toBeGreaterThan(start);
        expect(typing).not.toContain('roll out xx');
        await session.type(KEYS.enter);
        await session.waitFor('Enter model answer');
        await session.type(KEYS.enter);
        await session.waitFor('Tick the key points you covered');
        await session.type(' ');
        await session.waitFor('[x]');
        await session.type(KEYS.enter);
        await session.waitFor(`Question ${n + 1}/20`);
        await session.type('q');
        await session.waitFor('Abandon the drill?');
        await session.type('y');
        break;
      }
      const results = await session.waitFor('Drill results');
      let all = results;
      // Walk the results page to its end, a page at a time, collecting every page: each PgDn waits for the
      // page to change (reading right after the key could return the page before, and skip the next), and
      // the end is where PgDn no longer changes it.
      let page = results;
      for (let i = 0; i < 60; i++) {
        await session.type('\u001B[6~');
        const before = page;
        const next = await session.waitFor((screen) => screen !== before, 1500).catch(() => undefined);
        if (next === undefined) break;
        page = next;
        all += `\n${page}`;
      }
      expect(all).toContain('Your notes:');
      expect(all).toContain('I would ship behind a canary');
      expect(all).toContain('Key points you did not cover:');
      // A multiple-choice miss shows what was picked. The open question's own verdict (it is partly right,
      // one point ticked) is followed by the notes, so it does not count as such a miss.
      const lines = all.split('\n');
      const choiceMiss = lines.some(
        (line, i) =>
          /✗ Incorrect|Partly right/.test(line) &&
          lines[i + 1] !== undefined &&
          !/^(Your notes:|Key points you did not cover:|─)/.test(lines[i + 1]!),
      );
      if (autoAnswered > 0 && choiceMiss) expect(all).toMatch(/Your answers?:/);
      else expect(all).not.toMatch(/Your answers?:/);
      await session.type('q');
      expect(await session.exited).toBe(0);
    },
  );

  it('a quiz’s feedback shows the options that were picked', { timeout: 60_000 }, async () => {
    const home = tempDir('mlops-home-');
    const cwd = tempDir('mlops-ws-');
    save(home, { profile: profile(cwd) });
    const session = start(['quiz', '04'], { home, cwd, cols: 80, rows: 40 });
    const question = await session.waitFor('Question 1/10');
    await answerFirst(session, question);
    const feedback = await session.waitFor(/✓ Correct|✗ Incorrect|Partly right/);
    expect(feedback).toMatch(/Your answer:\n {2}[✓✗] 1\. /);
  });
});

describe('item 20: Spanish numbers and agreement in the plain status', () => {
  it(
    'one finished drill is "1 completo" and percentages are written "75 %" as in the interface',
    { timeout: 60_000 },
    async () => {
      const home = tempDir('mlops-home-');
      const cwd = tempDir('mlops-ws-');
      const drill = {
        id: 'd1',
        level: 'senior',
        startedAt: '2026-11-20T10:00:00.000Z',
        endedAt: '2026-11-20T10:20:00.000Z',
        status: 'finished',
        count: 1,
        minutes: 5,
        questionIds: ['sr-lead-01'],
        answers: [{ questionId: 'sr-lead-01', score: 0.75, ms: 1000 }],
        score: 75,
      };
      save(home, {
        profile: profile(cwd, { language: 'es' }),
        drills: [drill],
        modules: { '01': { quiz: { attempts: 1, best: 80, passed: true, updatedAt: 'x' } } },
      });
      const session = start(['status'], { home, cwd, cols: 100, rows: 40 });
      const screen = await session.waitFor('completo');
      expect(screen).toContain('senior: 1 completo · último 75 % · mejor 75 %');
      expect(screen).toContain('quiz 80 %');
      expect(await session.exited).toBe(0);
    },
  );
});

describe('item 27: review cards can be re-rated, browsed, suspended and deleted', () => {
  const card = (due: string) => ({
    due,
    stability: 1,
    difficulty: 5,
    elapsed_days: 0,
    scheduled_days: 0,
    learning_steps: 0,
    reps: 1,
    lapses: 0,
    state: 1,
  });
  it(
    '1–4 replaces an automatic rating; l lists the cards, x suspends one (no longer due), d deletes one after a yes',
    { timeout: 90_000 },
    async () => {
      const home = tempDir('mlops-home-');
      const cwd = tempDir('mlops-ws-');
      save(home, {
        profile: profile(cwd),
        cards: { 'jr-git-02': card('2026-01-01T00:00:00.000Z'), 'jr-git-04': card('2026-01-02T00:00:00.000Z') },
      });
      const session = start(['review'], { home, cwd, cols: 100, rows: 40 });
      const first = await session.waitFor('Question 1/2');
      await answerFirst(session, first);
      const rated = await session.waitFor(/Rated “(again|hard|good|easy)”/);
      expect(rated).toContain('1–4 re-rate');
      const auto = /Rated “(\w+)”/.exec(rated)![1];
      const other = auto === 'easy' ? '1' : '4';
      await session.type(other);
      await session.waitFor(other === '4' ? 'Rated “easy”' : 'Rated “again”');
      await session.type(KEYS.enter);
      const second = await session.waitFor('Question 2/2');
      await answerFirst(session, second);
      await session.waitFor(/Rated “/);
      await session.type(KEYS.enter);
      await session.waitFor('Review finished');
      await session.type('l');
      const list = await session.waitFor('mlops-tutor · Review cards');
      expect(list).toContain('2 cards');
      await session.type('x');
      await session.waitFor(/❯ .*suspended/);
      await session.type('d');
      await session.waitFor('Delete the card');
      await session.type('y');
      const after = await session.waitFor('1 card');
      expect(after).not.toContain('suspended');
      await session.type('q');
      expect(await session.exited).toBe(0);
      const state = JSON.parse(readFileSync(join(home, 'state.json'), 'utf8'));
      expect(Object.keys(state.cards)).toHaveLength(1);
    },
  );

  it('a suspended card is not due: review and home do not count it', { timeout: 60_000 }, async () => {
    const home = tempDir('mlops-home-');
    const cwd = tempDir('mlops-ws-');
    save(home, {
      profile: profile(cwd),
      cards: {
        'jr-git-02': { ...card('2026-01-01T00:00:00.000Z'), suspended: true },
        'jr-git-04': card('2026-01-02T00:00:00.000Z'),
      },
    });
    const session = start(['review'], { home, cwd, cols: 100, rows: 40 });
    await session.waitFor('Question 1/1');
    await session.type('q');
    expect(await session.exited).toBe(0);
    expect(JSON.parse((await cli(['status', '--json'], { home })).stdout).reviewsDue).toBe(1);
  });
});

describe('item 3: a missing module folder points at mlops-tutor init', () => {
  it(
    'check 03 in a workspace without 03-feature-engineering/ says to run init, exit 2',
    { timeout: 60_000 },
    async () => {
      const home = tempDir('mlops-home-');
      const workspace = tempDir('mlops-ws-');
      mkdirSync(join(workspace, '01-modern-python'));
      save(home, { profile: profile(workspace) });
      // Wide enough for the sentence to stay on one line.
      const session = start(['check', '03'], { home, cwd: workspace, cols: 300 });
      const screen = await session.waitFor('does not exist');
      expect(screen.replace(/\s+/g, ' ')).toContain(
        `The mini-project folder ${join(workspace, '03-feature-engineering')} does not exist: run mlops-tutor init to create the module folders`,
      );
      expect(await session.exited).toBe(2);
    },
  );
});

describe('item 16: check without a module inside a module folder', () => {
  it('infers the module from the folder it runs in', { timeout: 120_000 }, async () => {
    const home = tempDir('mlops-home-');
    const workspace = tempDir('mlops-ws-');
    const dir = join(workspace, '09-cards');
    cpSync(join(repoRoot, 'solutions', '09-cards'), dir, { recursive: true });
    save(home, { profile: profile(workspace) });
    const session = start(['check'], { home, cwd: dir, cols: 120, env: { MLOPS_TUTOR_PYTHON: testPython() } });
    const screen = await session.waitFor('Passed (pass mark 70).');
    expect(screen).toContain('Checker 09');
    expect(screen).toContain(`Folder: ${dir}`);
    expect(await session.exited).toBe(0);
  });
});
