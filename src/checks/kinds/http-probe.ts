// http-probe: start the learner's web server (uvicorn, streamlit…) on a free loopback port, wait until
// it accepts connections, send the requests, and ALWAYS stop it with its whole process group —
// whether the probe passed, failed, timed out or was interrupted.
import { createConnection, createServer } from 'node:net';
import type { HttpRequest } from '../../content/check-schema.js';
import { describeFinding } from '../parse/messages.js';
import { responseCheck, sampleRequests, type OperationRef } from '../parse/openapi-sample.js';
import { startServer, type ServerHandle } from '../process.js';
import { fail, pass, type KindContext, type Outcome, type Warning } from '../types.js';
import { ruleProblem, valuesAt } from './field-rules.js';
import { isProjectModule, missingModuleIn, type Of } from './shared.js';
import { installHint } from '../install-hints.js';
import type { Lease } from './server-pool.js';


/** A port nobody listens on right now (the OS picks it when `preferred` is taken or not given). */
export function freePort(preferred?: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | undefined>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(undefined));
      server.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
        const address = server.address();
        const chosen = typeof address === 'object' && address ? address.port : undefined;
        server.close(() => resolve(chosen));
      });
    });
  return (async () => (preferred !== undefined ? await tryPort(preferred) : undefined) ?? (await tryPort(0)) ?? 0)();
}

function connects(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The last lines of the server's output: where uvicorn prints the traceback of a failed start or request. */
type Output = Pick<ServerHandle, 'stdout' | 'stderr'>;

function serverTail(server: Output, ctx: KindContext, lines = 3): string {
  const text = [server.stdout.text(ctx.t.msg.cut), server.stderr.text(ctx.t.msg.cut)].join('\n');
  // uvicorn's access and start-up lines say nothing about the failure: the traceback does.
  const kept = text.split('\n').filter((line) => line.trim() && !/^INFO:/.test(line)).slice(-lines);
  return kept.length ? `: ${kept.join(' ⏎ ').slice(0, 400)}` : '';
}

function serverOutput(server: Output, ctx: KindContext): string {
  return [server.stdout.text(ctx.t.msg.cut).trimEnd(), server.stderr.text(ctx.t.msg.cut).trimEnd()].filter(Boolean).join('\n');
}

type Started = { server: ServerHandle; port: number } | { outcome: Outcome; retry?: boolean };

async function start(item: Of<'http-probe'>, ctx: KindContext, app: string, preferred: number | undefined, deadline: number): Promise<Started> {
  const port = await freePort(preferred);
  // The manifest's start command replaces the lesson's (a server started another way: gunicorn, a script).
  const argv = (ctx.start ?? item.start).map((arg) => arg.replaceAll('{python}', ctx.python ?? 'python3').replaceAll('{port}', String(port)).replaceAll('{app}', app));
  const server = startServer(argv, { cwd: ctx.dir, env: ctx.env, signal: ctx.signal, tracking: ctx.tracking });
  const startBy = Math.min(deadline, Date.now() + item.startTimeoutSec * 1000);
  const limitSec = Math.max(1, Math.round((startBy - Date.now()) / 1000));
  for (;;) {
    if (ctx.signal?.aborted) return { server, port };
    if (server.notFound) return { outcome: fail(ctx.t.msg.programMissing(argv[0]!)) };
    if (server.exit) {
      const output = serverOutput(server, ctx);
      // Someone took the port between our check and the bind: try once more on another one.
      if (/address already in use|errno 98|eaddrinuse/i.test(output)) return { outcome: fail(ctx.t.msg.serverExited(String(server.exit.code), serverTail(server, ctx)), output), retry: true };
      // The app imports a package this machine lacks: not the learner's fault here.
      const module = missingModuleIn(output);
      if (module && !isProjectModule(ctx, module)) return { outcome: { status: 'not-run', message: ctx.t.skip.modules(module), skipHint: installHint([module], ctx.t), output } };
      return { outcome: fail(ctx.t.msg.serverExited(String(server.exit.code ?? server.exit.signal), serverTail(server, ctx)), output) };
    }
    if (await connects(port)) return { server, port };
    if (Date.now() >= startBy) {
      await server.stop();
      return { outcome: fail(ctx.t.msg.serverNeverStarted(limitSec, serverTail(server, ctx)), serverOutput(server, ctx)) };
    }
    await Promise.race([sleep(150), server.exited]);
  }
}

async function send(request: HttpRequest & { path: string }, port: number, ctx: KindContext, deadline: number): Promise<{ status: number; text: string } | { error: string }> {
  const timeout = Math.max(1000, Math.min(30_000, deadline - Date.now()));
  const signals = [AbortSignal.timeout(timeout), ...(ctx.signal ? [ctx.signal] : [])];
  try {
    const response = await fetch(`http://127.0.0.1:${port}${request.path}`, {
      method: request.method,
      headers: request.body === undefined ? {} : { 'content-type': 'application/json' },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: AbortSignal.any(signals),
      redirect: 'manual',
    });
    const text = (await response.text()).slice(0, 64 * 1024);
    return { status: response.status, text };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { error: (error as Error).name === 'TimeoutError' ? ctx.t.msg.requestTimedOut(Math.round(timeout / 1000)) : cause ?? (error as Error).message };
  }
}

type Planned = HttpRequest & { path: string; broke?: string | undefined; operation?: OperationRef | undefined };

/**
 * The requests to send. Those built from the API's contract read its /openapi.json first: the valid
 * body from its examples or schema, the invalid ones breaking one constraint each. The manifest's sample
 * request replaces the lesson's (`sample: true`).
 */
async function plannedRequests(requests: readonly HttpRequest[], port: number, ctx: KindContext, deadline: number): Promise<{ requests: Planned[]; openapi?: unknown } | { outcome: Outcome }> {
  let openapi: unknown;
  if (requests.some((request) => request.openapi) && !(ctx.request && requests.every((request) => request.sample || !request.openapi))) {
    const answer = await send({ method: 'GET', path: '/openapi.json', status: 200, json: [], sample: false }, port, ctx, deadline);
    if ('status' in answer && answer.status === 200)
      try {
        openapi = JSON.parse(answer.text);
      } catch {
        openapi = undefined;
      }
  }
  const out: Planned[] = [];
  for (const request of requests) {
    if (request.sample && ctx.request) {
      out.push({ ...request, method: ctx.request.method as HttpRequest['method'], path: ctx.request.path, body: ctx.request.body, json: [] });
      continue;
    }
    if (request.openapi && openapi !== undefined) {
      const sample = sampleRequests(openapi, undefined, { maxInvalid: 3 });
      const operation = sample.operation;
      if (!operation || sample.url === undefined) return { outcome: fail(ctx.t.msg.openapiNoOperation(sample.problems.map((p) => describeFinding(ctx.lang, p)).join(' ') || '/openapi.json')) };
      const method = operation.method.toUpperCase() as HttpRequest['method'];
      // The contract's own fields replace the lesson's JSON rules, which name the lesson's fields.
      // A contract with no fields to fill (any JSON object) says nothing about a valid request: the
      // lesson's example, when the item has one, is the better guess.
      const empty = sample.valid !== null && typeof sample.valid === 'object' && Object.keys(sample.valid).length === 0;
      if (request.openapi === 'valid' && empty && request.body !== undefined && request.path) out.push({ ...request, path: request.path });
      else if (request.openapi === 'valid') out.push({ ...request, method, path: sample.url, body: sample.valid, json: [], operation });
      else {
        if (sample.invalid.length === 0) return { outcome: fail(ctx.t.msg.openapiNoConstraint(`${method} ${sample.url}`)) };
        for (const invalid of sample.invalid) out.push({ ...request, method, path: sample.url, body: invalid.body, json: [], broke: describeFinding(ctx.lang, { code: invalid.code, args: invalid.args }) });
      }
      continue;
    }
    if (!request.path) return { outcome: fail(ctx.t.msg.openapiMissing) };
    out.push({ ...request, path: request.path });
  }
  return { requests: out, openapi };
}

/** A 200 whose body lacks what the operation's response schema requires. */
function responseProblem(request: Planned, answer: { status: number; text: string }, openapi: unknown, ctx: KindContext): string | undefined {
  if (!request.operation || answer.status >= 300) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return ctx.t.msg.httpNotJson(`${request.method} ${request.path}`);
  }
  const checked = responseCheck(openapi, request.operation, answer.status, body);
  return checked.ok ? undefined : `${request.method} ${request.path}: ${checked.violations.slice(0, 2).map((v) => describeFinding(ctx.lang, { code: v.code, args: v.args })).join('; ')}`;
}

/** The problem with one answer, or undefined when it is what the item expects. */
function check(request: Planned, answer: { status: number; text: string }, ctx: KindContext): string | undefined {
  const label = `${request.method} ${request.path}`;
  if (answer.status !== request.status) return ctx.t.msg.httpStatus(label, answer.status, request.status);
  if (request.contains && !answer.text.includes(request.contains)) return ctx.t.msg.httpContains(label, request.contains);
  if (request.json.length === 0) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(answer.text);
  } catch {
    return ctx.t.msg.httpNotJson(label);
  }
  const problems = request.json.map((rule) => ruleProblem(rule, valuesAt(data, rule.path), ctx)).filter((p): p is string => p !== undefined);
  return problems.length ? `${label}: ${problems.join('; ')}` : undefined;
}

/**
 * A known trap: `FastAPI(lifespan=…)` on FastAPI before 0.93, which accepts the argument and never runs
 * it (the model is never loaded; /health may answer "degraded"). It becomes a warning item of its own,
 * so a pass is never silent about it; the file that passes `lifespan=` is named.
 */
async function lifespanTrap(ctx: KindContext): Promise<Warning | undefined> {
  const index = await ctx.project.pythonIndex();
  const file = index?.files.find((entry) => entry.lifespan);
  if (!file || !ctx.python) return undefined;
  const version = await ctx.project.packageVersion(ctx.python, 'fastapi', ctx.env, ctx.tracking);
  const [major = 0, minor = 0] = (version ?? '').split('.').map(Number);
  if (!version || major !== 0 || minor >= 93) return undefined;
  return { id: 'lifespan-trap', title: ctx.t.msg.lifespanTrapTitle, message: `${file.path}: ${ctx.t.msg.lifespanTrap(version)}`, hint: ctx.t.msg.lifespanTrapHint };
}

export async function httpProbe(item: Of<'http-probe'>, ctx: KindContext): Promise<Outcome> {
  const outcome = await probe(item, ctx);
  // Said once per check, after the first item that starts the app.
  const trap = outcome.status === 'not-run' ? undefined : await lifespanTrap(ctx);
  return trap && ctx.project.firstWarning(trap.id) ? { ...outcome, warnings: [trap] } : outcome;
}

async function probe(item: Of<'http-probe'>, ctx: KindContext): Promise<Outcome> {
  const deadline = Date.now() + ctx.timeoutMs;
  const app = ctx.app ?? item.app;
  // Items that start the same command share its server (server-pool.ts).
  const key = JSON.stringify([ctx.start ?? item.start, app, ctx.python, ctx.dir]);
  let lease: Lease | undefined = ctx.servers?.take(key);
  if (!lease) {
    let started = await start(item, ctx, app, item.port, deadline);
    if ('outcome' in started && started.retry) started = await start(item, ctx, app, undefined, deadline);
    if ('outcome' in started) return started.outcome;
    lease = ctx.servers ? ctx.servers.adopt(started.server, started.port) : { ...started, stdout: started.server.stdout, stderr: started.server.stderr, close: () => {} };
  }
  const { port } = lease;
  const server = lease;
  let passed = false;
  try {
    const seen: string[] = [];
    const planned = await plannedRequests(item.requests, port, ctx, deadline);
    if ('outcome' in planned) return { ...planned.outcome, output: serverOutput(server, ctx) };
    const requests = planned.requests;
    for (const request of requests) {
      if (ctx.signal?.aborted) return { status: 'error', message: ctx.t.interrupted, output: serverOutput(server, ctx) };
      if (Date.now() >= deadline) return fail(ctx.t.msg.timedOut(Math.round(ctx.timeoutMs / 1000)), serverOutput(server, ctx));
      const answer = await send(request, port, ctx, deadline);
      const label = `${request.method} ${request.path}`;
      if (ctx.signal?.aborted) return { status: 'error', message: ctx.t.interrupted, output: serverOutput(server, ctx) };
      if ('error' in answer) {
        await Promise.race([lease.server.exited, sleep(200)]);
        const exit = lease.server.exit;
        const why = exit ? ctx.t.msg.serverDied(label, String(exit.code ?? exit.signal), serverTail(server, ctx)) : ctx.t.msg.noAnswer(label, answer.error);
        return fail(why, serverOutput(server, ctx));
      }
      const problem = check(request, answer, ctx) ?? responseProblem(request, answer, planned.openapi, ctx);
      // A 5xx comes with a traceback in the server's log (written just after the answer): show its last lines.
      if (problem && answer.status >= 500) await sleep(300);
      // Say what was sent and what came back, so the learner can reproduce it with curl.
      const exchange = request.body === undefined ? '' : ` — ${ctx.t.msg.httpExchange(JSON.stringify(request.body).slice(0, 200), answer.text.replace(/\s+/g, ' ').slice(0, 200))}`;
      if (problem) return fail(`${problem}${request.broke ? ` (${request.broke})` : ''}${answer.status >= 500 ? serverTail(server, ctx) : exchange}`, serverOutput(server, ctx));
      seen.push(`${label} → ${answer.status}`);
    }
    passed = true;
    return pass(`${seen.join(', ')} (${ctx.t.msg.port(port)})`, serverOutput(server, ctx));
  } finally {
    if (ctx.servers) await ctx.servers.giveBack(key, lease, passed);
    else await lease.server.stop();
  }
}
