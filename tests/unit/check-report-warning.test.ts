// A known trap is a warning item of its own: worth no points and outside the totals, but shown in the
// plain report, --json and JUnit instead of a silent pass.
import { describe, expect, it } from 'vitest';
import { junitXml, resultJson, summaryLines } from '../../src/checks/report.js';
import type { CheckResult, ItemResult } from '../../src/checks/runner.js';
import { scoreItems } from '../../src/core/scoring.js';
import { messages } from '../../src/i18n/index.js';
import { realSyllabus } from '../helpers/syllabus.js';

const item = (over: Partial<ItemResult>): ItemResult => ({
  id: 'health',
  title: 'GET /health',
  category: 'functionality',
  points: 10,
  earned: 10,
  status: 'pass',
  message: 'GET /health → 200',
  hint: '',
  durationMs: 1200,
  ...over,
});

function resultWithWarning(): CheckResult {
  const items = [
    item({}),
    item({
      id: 'lifespan-trap',
      title: "Warning: FastAPI's lifespan never runs",
      points: 0,
      earned: 0,
      status: 'warn',
      message: 'service/api.py: FastAPI 0.92.0 accepts FastAPI(lifespan=…) but never runs it',
      hint: 'Install fastapi>=0.93.',
      durationMs: 0,
    }),
    item({
      id: 'schemas',
      title: 'Schemas',
      category: 'quality',
      earned: 0,
      status: 'fail',
      message: 'no constraint',
      hint: 'Add Field(ge=…).',
    }),
  ];
  // What the runner scores: the definition's items only (a warning is not one of them).
  const score = scoreItems(
    [
      { category: 'functionality', points: 10, earned: 10 },
      { category: 'quality', points: 10, earned: 0 },
    ],
    realSyllabus().rubric,
    50,
  );
  return { ...score, module: '06', title: 'API', dir: '/tmp/p', python: '/usr/bin/python3', items };
}

describe('warning items', () => {
  const t = messages('en').check;

  it('--json carries the warning with status "warn" and 0 points; the totals do not count it', () => {
    const json = resultJson(resultWithWarning());
    expect(json.items.find((entry) => entry.id === 'lifespan-trap')).toMatchObject({
      status: 'warn',
      points: 0,
      earned: 0,
      message: expect.stringContaining('never runs it'),
    });
    expect(json).toMatchObject({ score: 10, verifiedPoints: 20, totalPoints: 20 });
  });

  it('the plain report lists it under Warnings with what to do, and not among the lost points', () => {
    const lines = summaryLines(resultWithWarning(), realSyllabus().rubric, 'en', t);
    const warnings = lines.indexOf(t.warningsHeading);
    expect(warnings).toBeGreaterThan(-1);
    expect(lines[warnings + 1]).toBe(
      "  Warning: FastAPI's lifespan never runs: service/api.py: FastAPI 0.92.0 accepts FastAPI(lifespan=…) but never runs it Install fastapi>=0.93.",
    );
    const hints = lines.slice(lines.indexOf(t.hints), warnings);
    expect(hints.join('\n')).toContain('Schemas');
    expect(hints.join('\n')).not.toContain('lifespan');
  });

  it('JUnit shows it as a passed testcase whose output says the trap; failures count only the failed item', () => {
    const xml = junitXml([resultWithWarning()]);
    const testcase = xml.slice(
      xml.indexOf('name="lifespan-trap'),
      xml.indexOf('</testcase>', xml.indexOf('name="lifespan-trap')),
    );
    expect(testcase).toContain(
      '<system-out>service/api.py: FastAPI 0.92.0 accepts FastAPI(lifespan=…) but never runs it\nInstall fastapi&gt;=0.93.</system-out>',
    );
    expect(testcase).not.toMatch(/<failure|<skipped|<error/);
    expect(xml).toMatch(/tests="3" failures="1" errors="0" skipped="0"/);
  });
});
