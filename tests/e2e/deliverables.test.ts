// The final deliverables screen in a real pseudo-terminal: reached with f, plain under NO_COLOR.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startPty, type PtySession } from '../helpers/pty.js';

const sessions: PtySession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
});

/** Cards passed, the API passed, the dashboard failed. */
function seededHome(language: 'en' | 'es'): { home: string; cwd: string } {
  const home = mkdtempSync(join(tmpdir(), 'mlops-pty-'));
  const cwd = mkdtempSync(join(tmpdir(), 'mlops-ws-'));
  const now = new Date().toISOString();
  const run = (score: number) => ({ best: score, passed: score >= 70, history: [{ at: now, score }] });
  const profile = { language, startDate: '2026-11-02', paceWeeks: 8, workspace: cwd, createdAt: now };
  writeFileSync(
    join(home, 'state.json'),
    JSON.stringify({
      schemaVersion: 1,
      profile,
      modules: { '09': { check: run(84) }, '06': { check: run(91) }, '07': { check: run(55) } },
    }),
  );
  return { home, cwd };
}

describe('final deliverables in a pseudo-terminal', () => {
  it('under NO_COLOR: f from home shows checkboxes and no colour codes; q quits', async () => {
    const session = startPty([], { ...seededHome('en'), cols: 80, rows: 24, env: { NO_COLOR: '1' } });
    sessions.push(session);
    await session.waitFor('Today');
    await session.type('f');
    const screen = await session.waitFor('1 of 6 deliverables done');
    expect(screen).toContain('[ ] ML portfolio reproduced locally · missing');
    expect(screen).toContain('[x] Complete model cards and dataset cards · done');
    expect(screen).toMatch(/09 Model and Dataset Cards · 84\/100 · \d{4}-\d\d-\d\d \[x\]/);
    expect(screen).toContain('c checker 00');
    expect(session.raw()).not.toMatch(/\u001B\[[0-9;]*m/);
    await session.type('q');
    expect(await session.exited).toBe(0);
  });

  it('with colour, in Spanish: ✓ and ~ marks', async () => {
    // The test config turns colour off (FORCE_COLOR=0) for every child: this one has it.
    const session = startPty([], { ...seededHome('es'), cols: 80, rows: 40, env: { FORCE_COLOR: '1' } });
    sessions.push(session);
    await session.waitFor('Hoy');
    await session.type('f');
    const screen = await session.waitFor('1 de 6 entregables hechos');
    expect(screen).toContain('✓ Model Cards y Dataset Cards completos · hecho');
    expect(screen).toContain('~ APIs y dashboards desplegables · parcial');
    expect(screen).toContain('✗ Sistema de observabilidad básico · pendiente');
    expect(screen).toContain('Siguiente: mlops-tutor check 07');
    expect(session.raw()).toMatch(/\u001B\[[0-9;]*m/);
    await session.type('q');
    expect(await session.exited).toBe(0);
  });
});
