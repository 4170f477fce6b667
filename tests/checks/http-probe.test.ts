// The http-probe kind on odd servers: a taken port, an app that never starts, an app that crashes on
// /predict, Ctrl-C in the middle — each a clear item result, and never a server left running.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSchema, type CheckDefinition } from '../../src/content/check-schema.js';
import { check, testPython } from './helpers.js';
import { runCheck } from '../../src/checks/runner.js';
import { helperDir } from '../../src/checks/definitions.js';
import { processesIn } from '../helpers/processes.js';
import { realSyllabus, repoRoot } from '../helpers/syllabus.js';

const APP = `from fastapi import FastAPI
import os, time

app = FastAPI()


@app.get("/health")
def health():
    return {"status": "ok"}


@app.post("/predict")
def predict(payload: dict):
    if payload.get("mode") == "raise":
        raise RuntimeError("model exploded")
    if payload.get("mode") == "exit":
        os._exit(3)
    if payload.get("mode") == "hang":
        time.sleep(3600)
    return {"churn_probability": 0.25}
`;

function project(files: Record<string, string>): { workspace: string; dir: string } {
  const workspace = mkdtempSync(join(tmpdir(), 'mlops-http-'));
  const dir = join(workspace, 'project');
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { workspace, dir };
}

/** A checker with one http-probe item (40 points) padded to the rubric. */
function probeChecker(probe: Record<string, unknown>): CheckDefinition {
  const pad = (id: string, category: string, points: number) => ({ id, title: { es: id, en: id }, category, points, kind: 'files-exist', files: [], hint: { es: 'x', en: 'x' } });
  return checkSchema.parse({
    id: '06', module: '06', slug: 'api', title: { es: 't', en: 't' }, path: 'project', passScore: 70,
    items: [
      { id: 'probe', title: { es: 'p', en: 'p' }, category: 'functionality', points: 40, kind: 'http-probe', app: 'service:app', pythonModules: ['fastapi', 'uvicorn'], hint: { es: 'x', en: 'x' }, ...probe },
      pad('q', 'quality', 20), pad('d', 'docs', 15), pad('r', 'reproducibility', 15), pad('t', 'tests', 10),
    ],
  });
}


const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
let blocker: Server | undefined;
afterEach(() => {
  blocker?.close();
  blocker = undefined;
});

describe('http-probe', () => {
  it('a preferred port already taken: the server goes to another free port and the probe passes', { timeout: 60_000 }, async () => {
    blocker = createServer();
    const taken = await new Promise<number>((resolve) => blocker!.listen(0, '127.0.0.1', () => resolve((blocker!.address() as { port: number }).port)));
    const { workspace, dir } = project({ 'service.py': APP });
    const result = await check(probeChecker({ port: taken, requests: [{ method: 'GET', path: '/health', status: 200, json: [{ path: 'status', equals: 'ok' }] }] }), dir, workspace);
    const item = result.items[0]!;
    expect(item.status, item.message).toBe('pass');
    expect(item.message).toMatch(/GET \/health → 200 \(port \d+\)/);
    expect(item.message).not.toContain(`port ${taken})`);
    await settle();
    expect(processesIn(dir)).toEqual([]);
  });

  it('an app that never starts is timed out and killed with its children', { timeout: 60_000 }, async () => {
    const marker = `mlops-never-${process.pid}-${Date.now()}`;
    const { workspace, dir } = project({ 'service.py': `import subprocess, time\nsubprocess.Popen(["sh", "-c", "sleep 3600 # ${marker}"])\ntime.sleep(3600)\nfrom fastapi import FastAPI\napp = FastAPI()\n` });
    const started = Date.now();
    const result = await check(probeChecker({ startTimeoutSec: 3, requests: [{ method: 'GET', path: '/health', status: 200 }] }), dir, workspace);
    const item = result.items[0]!;
    expect(item.status).toBe('fail');
    expect(item.message).toMatch(/did not accept connections within 3 s; it was stopped/);
    expect(Date.now() - started).toBeLessThan(20_000);
    await settle();
    expect(processesIn(dir)).toEqual([]);
    expect(execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })).not.toContain(marker);
  });

  it('an app that fails at import: the item says the server exited, with the traceback', { timeout: 60_000 }, async () => {
    const { workspace, dir } = project({ 'service.py': 'raise SystemExit("missing MODEL_PATH")\n' });
    const result = await check(probeChecker({ requests: [{ method: 'GET', path: '/health', status: 200 }] }), dir, workspace);
    expect(result.items[0]).toMatchObject({ status: 'fail' });
    expect(result.items[0]!.message).toMatch(/the server exited \(code \d+\) before accepting connections/);
  });

  it('/predict raising gives a 500 with the traceback; /predict killing the process says the server crashed', { timeout: 60_000 }, async () => {
    const { workspace, dir } = project({ 'service.py': APP });
    const raising = await check(probeChecker({ requests: [{ method: 'POST', path: '/predict', body: { mode: 'raise' }, status: 200 }] }), dir, workspace);
    expect(raising.items[0]!.status).toBe('fail');
    expect(raising.items[0]!.message).toMatch(/^POST \/predict answered 500 \(expected 200\)/);
    expect(raising.items[0]!.message).toContain('model exploded');
    const exiting = await check(probeChecker({ requests: [{ method: 'GET', path: '/health', status: 200 }, { method: 'POST', path: '/predict', body: { mode: 'exit' }, status: 200 }] }), dir, workspace);
    expect(exiting.items[0]!.status).toBe('fail');
    expect(exiting.items[0]!.message).toMatch(/^POST \/predict: the server crashed \(code 3\)/);
    await settle();
    expect(processesIn(dir)).toEqual([]);
  });

  it('a request that hangs is cut at the item time limit and the server is stopped', { timeout: 60_000 }, async () => {
    const { workspace, dir } = project({ 'service.py': APP });
    const result = await check(probeChecker({ timeoutSec: 6, requests: [{ method: 'POST', path: '/predict', body: { mode: 'hang' }, status: 200 }] }), dir, workspace);
    expect(result.items[0]!.status).toBe('fail');
    expect(result.items[0]!.message).toMatch(/no answer/);
    await settle();
    expect(processesIn(dir)).toEqual([]);
  });

  it('Ctrl-C (abort) during a probe stops the server: error item, no process left', { timeout: 60_000 }, async () => {
    const { workspace, dir } = project({ 'service.py': APP });
    const controller = new AbortController();
    const running = runCheck({
      definition: probeChecker({ requests: [{ method: 'POST', path: '/predict', body: { mode: 'hang' }, status: 200 }] }),
      rubric: realSyllabus().rubric, dir, workspace, python: testPython(), helperDir: helperDir(repoRoot), lang: 'en', signal: controller.signal,
    });
    for (let i = 0; i < 100 && processesIn(dir).length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise((resolve) => setTimeout(resolve, 2500));
    controller.abort();
    const result = await running;
    expect(result.items[0]!.status).toBe('error');
    await settle();
    expect(processesIn(dir)).toEqual([]);
  });

  it('the workspace file chooses the app (mlops-tutor.json "apps")', { timeout: 60_000 }, async () => {
    const { workspace, dir } = project({ 'other.py': APP });
    writeFileSync(join(workspace, 'mlops-tutor.json'), JSON.stringify({ modules: {}, apps: { '06': 'other:app' } }));
    const result = await check(probeChecker({ requests: [{ method: 'GET', path: '/health', status: 200 }] }), dir, workspace);
    expect(result.items[0]!.status, result.items[0]!.message).toBe('pass');
  });
});

describe('workflow files', () => {
  it('a workflow that is not YAML is a clear failure and the items reading it are skipped', { timeout: 30_000 }, async () => {
    const { definition } = await import('./helpers.js');
    const { workspace, dir } = project({});
    mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
    writeFileSync(join(dir, '.github', 'workflows', 'ci.yml'), 'name: CI\non: [push\n\tjobs: {\n');
    const def = { ...definition('08'), path: 'project', items: definition('08').items.map((item) => (item.id === 'workflow-parses' ? { ...item, requires: [] } : item)) };
    const result = await check(def, dir, workspace);
    const parses = result.items.find((item) => item.id === 'workflow-parses')!;
    expect(parses.status).toBe('fail');
    expect(parses.message).toMatch(/^\.github\/workflows\/ci\.yml cannot be read: /);
    expect(result.items.find((item) => item.id === 'triggers')!.message).toBe('needs workflow-parses, which did not pass');
  });
});
