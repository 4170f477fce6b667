import { describe, expect, it } from 'vitest';
import {
  checkEvidence,
  deliverables,
  type Deliverable,
  deliverablesDone,
  DELIVERABLE_EVIDENCE,
  DELIVERABLE_IDS,
} from '../../src/core/deliverables.js';
import type { ModuleProgress } from '../../src/core/progress.js';
import type { ModuleId } from '../../src/core/types.js';

const run = (score: number, at: string, extra: object = {}) => ({ at, score, ...extra });
const check = (...runs: { at: string; score: number }[]) => ({
  check: { best: Math.max(0, ...runs.map((r) => r.score)), passed: (runs.at(-1)?.score ?? 0) >= 70, history: runs },
});
const byId = (progress: Partial<Record<ModuleId, ModuleProgress>>) =>
  Object.fromEntries(deliverables(progress).map((item) => [item.id, item])) as Record<Deliverable['id'], Deliverable>;

describe('final deliverables from stored checker runs', () => {
  it('lists the six deliverables of the syllabus, each evidenced by at least one module check', () => {
    expect(DELIVERABLE_IDS).toEqual(['portfolio', 'ci-cd', 'cards', 'deploy', 'observability', 'runbooks']);
    expect(DELIVERABLE_EVIDENCE).toMatchObject({
      cards: ['09'],
      'ci-cd': ['08'],
      deploy: ['06', '07'],
      observability: ['10'],
      runbooks: ['11'],
      portfolio: ['00', '02', '04', '05'],
    });
  });

  it('on a fresh store: nothing is done, every check is missing and the first one is the next command', () => {
    const list = deliverables({});
    expect(list.map((item) => item.state)).toEqual(['missing', 'missing', 'missing', 'missing', 'missing', 'missing']);
    expect(byId({}).deploy).toMatchObject({
      missing: ['06', '07'],
      next: 'mlops-tutor check 06',
      evidence: [
        { module: '06', passed: false, last: null, best: null, at: null, runs: 0 },
        { module: '07', passed: false },
      ],
    });
    expect(deliverablesDone(list)).toBe(0);
  });

  it('ticks a deliverable when every check of it passed, with the last score, the best and the date', () => {
    const cards = byId({ '09': check(run(62, '2026-11-20T10:00:00Z'), run(84, '2026-11-22T09:30:00Z')) }).cards;
    expect(cards).toEqual({
      id: 'cards',
      state: 'done',
      evidence: [{ module: '09', passed: true, last: 84, best: 84, at: '2026-11-22T09:30:00Z', runs: 2 }],
      missing: [],
      next: null,
    });
  });

  it('is partial when some of its checks passed, and names the ones still missing', () => {
    const deploy = byId({
      '06': check(run(91, '2026-11-18T10:00:00Z')),
      '07': check(run(55, '2026-11-19T10:00:00Z')),
    }).deploy;
    expect(deploy).toMatchObject({ state: 'partial', missing: ['07'], next: 'mlops-tutor check 07' });
    expect(deploy.evidence[1]).toEqual({
      module: '07',
      passed: false,
      last: 55,
      best: 55,
      at: '2026-11-19T10:00:00Z',
      runs: 1,
    });
    const portfolio = byId({
      '00': check(run(100, '2026-11-02T10:00:00Z')),
      '05': check(run(70, '2026-11-10T10:00:00Z')),
    }).portfolio;
    expect(portfolio).toMatchObject({ state: 'partial', missing: ['02', '04'], next: 'mlops-tutor check 02' });
  });

  it('unticks a deliverable when the last run fell below the pass mark, keeping the best', () => {
    const observability = byId({
      '10': check(run(88, '2026-11-20T10:00:00Z'), run(40, '2026-11-21T10:00:00Z')),
    }).observability;
    expect(observability).toMatchObject({
      state: 'missing',
      missing: ['10'],
      evidence: [{ passed: false, last: 40, best: 88, at: '2026-11-21T10:00:00Z' }],
    });
  });

  it('a failing run alone is not partial: partial needs some evidence that passed', () => {
    expect(byId({ '08': check(run(69, '2026-11-20T10:00:00Z')) })['ci-cd'].state).toBe('missing');
  });

  it('believes a run’s own stored passed over the score', () => {
    const progress = {
      '11': { check: { best: 72, passed: true, history: [run(72, '2026-11-25T10:00:00Z', { passed: false })] } },
    };
    expect(byId(progress).runbooks).toMatchObject({ state: 'missing', evidence: [{ passed: false, last: 72 }] });
    expect(
      checkEvidence('11', { best: 65, passed: false, history: [run(65, '2026-11-25T10:00:00Z', { passed: true })] })
        .passed,
    ).toBe(true);
  });

  it('reads an older record kept without runs from its summary, without a date', () => {
    expect(checkEvidence('09', { best: 91, passed: true, history: [] })).toEqual({
      module: '09',
      passed: true,
      last: 91,
      best: 91,
      at: null,
      runs: 0,
    });
    expect(checkEvidence('09', { best: 50, passed: false, history: [] }).passed).toBe(false);
  });

  it('ignores everything but checker runs: lessons and quizzes are not evidence', () => {
    const read = { position: 0, sectionsRead: [0, 1, 2, 3, 4, 5], read: true, updatedAt: '2026-11-20T10:00:00Z' };
    const list = deliverables({
      '09': { lesson: read, quiz: { attempts: 1, best: 100, passed: true, updatedAt: '2026-11-20T10:00:00Z' } },
    });
    expect(list.find((item) => item.id === 'cards')!.state).toBe('missing');
  });

  it('counts every deliverable done once all ten of their checks passed', () => {
    const all = Object.fromEntries(
      ['00', '02', '04', '05', '06', '07', '08', '09', '10', '11'].map((id) => [
        id,
        check(run(80, '2026-12-01T10:00:00Z')),
      ]),
    );
    expect(deliverablesDone(deliverables(all))).toBe(6);
  });
});
