import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../src/state/migrations.js';
import { defaultHome, resolveHome } from '../../src/state/paths.js';
import { Store, StoreError } from '../../src/state/store.js';
import { repoRoot } from '../helpers/syllabus.js';

const run = promisify(execFile);
const tempHome = () => mkdtempSync(join(tmpdir(), 'mlops-home-'));
const profile = {
  language: 'es' as const,
  startDate: '2026-11-02',
  paceWeeks: 8 as const,
  workspace: '/tmp',
  createdAt: '2026-11-02T09:00:00.000Z',
};

describe('the progress store', () => {
  it('starts empty and keeps what was saved across instances (a restart)', () => {
    const home = tempHome();
    expect(Store.open(home).read()).toEqual({
      schemaVersion: 2,
      profile: null,
      modules: {},
      quizzes: [],
      questions: {},
      drills: [],
      cards: {},
    });
    Store.open(home).update((state) => ({ ...state, profile, lastModule: '03' }));
    expect(Store.open(home).read()).toMatchObject({ profile, lastModule: '03' });
    expect(JSON.parse(readFileSync(join(home, 'state.json'), 'utf8')).schemaVersion).toBe(2);
  });

  it('moves a corrupt file aside, says where, and goes on with a fresh store', () => {
    const home = tempHome();
    writeFileSync(join(home, 'state.json'), '{"truncated');
    const store = Store.open(home);
    expect(store.notice?.movedTo).toMatch(/state\.json\.corrupt-/);
    expect(readFileSync(store.notice!.movedTo!, 'utf8')).toBe('{"truncated');
    expect(store.read().profile).toBeNull();
    store.update((state) => ({ ...state, profile }));
    expect(Store.open(home).read().profile).toEqual(profile);
  });

  it('keeps what validates in a file of the wrong shape and copies the original aside', () => {
    const home = tempHome();
    const text = JSON.stringify({
      schemaVersion: 1,
      profile: { language: 'fr' },
      modules: { '03': { startedAt: 'x' } },
    });
    writeFileSync(join(home, 'state.json'), text);
    const store = Store.open(home);
    expect(store.notice).toMatchObject({ why: 'repaired', dropped: ['profile'] });
    expect(readFileSync(store.notice!.movedTo!, 'utf8')).toBe(text);
    expect(store.read().modules).toEqual({ '03': { startedAt: 'x' } });
  });

  it('migrates the pre-release layout (version 0) forward', () => {
    const home = tempHome();
    writeFileSync(
      join(home, 'state.json'),
      JSON.stringify({
        settings: { lang: 'en', startDate: '2026-10-05', pace: 12, workspace: '/w' },
        modules: { '02': { startedAt: 'x' } },
      }),
    );
    const state = Store.open(home).read();
    expect(state).toMatchObject({
      schemaVersion: 2,
      profile: { language: 'en', startDate: '2026-10-05', paceWeeks: 12, workspace: '/w' },
      modules: { '02': { startedAt: 'x' } },
    });
  });

  it('migrates version 1 to 2 with empty practice history, keeping progress', () => {
    const v1 = {
      schemaVersion: 1,
      profile: null,
      modules: { '03': { quiz: { attempts: 2, best: 80, passed: true, updatedAt: 'x' } } },
    };
    expect(migrate(v1)).toEqual({ ...v1, schemaVersion: 2, quizzes: [], questions: {}, drills: [], cards: {} });
    expect(
      migrate({ schemaVersion: 2, profile: null, modules: {}, quizzes: [], questions: {}, drills: [], cards: {} }),
    ).toMatchObject({ schemaVersion: 2 });
  });

  it('refuses a file from a newer version without touching it', () => {
    const home = tempHome();
    const text = JSON.stringify({ schemaVersion: 99, profile: null, modules: {} });
    writeFileSync(join(home, 'state.json'), text);
    expect(() => Store.open(home)).toThrow(StoreError);
    expect(readFileSync(join(home, 'state.json'), 'utf8')).toBe(text);
  });

  it('says the home is unwritable instead of crashing', () => {
    expect(() => Store.open('/proc/mlops-tutor-test')).toThrow(/Cannot write progress to \/proc\/mlops-tutor-test/);
  });

  it('resolves its folder from --home, then MLOPS_TUTOR_HOME, then the platform default', () => {
    expect(resolveHome('/a', { MLOPS_TUTOR_HOME: '/b' })).toBe('/a');
    expect(resolveHome(undefined, { MLOPS_TUTOR_HOME: '/b' })).toBe('/b');
    expect(defaultHome({ XDG_CONFIG_HOME: '/x' }, 'linux')).toBe('/x/mlops-tutor');
  });

  it('keeps both updates when two processes write different modules at the same time', async () => {
    const home = tempHome();
    Store.open(home).update((state) => ({ ...state, profile }));
    const child = (id: string) =>
      run(process.execPath, ['--import', 'tsx', join(repoRoot, 'tests/fixtures/update-progress.ts'), home, id, '25'], {
        cwd: repoRoot,
      });
    await Promise.all([child('03'), child('07'), child('10')]);
    const state = Store.open(home).read();
    expect(state.profile).toEqual(profile);
    for (const id of ['03', '07', '10'] as const) {
      expect(state.modules[id]?.check?.history.map((entry) => entry.score)).toEqual(
        Array.from({ length: 25 }, (_, i) => i + 1),
      );
    }
    expect(existsSync(join(home, 'state.lock'))).toBe(false);
  });
});
