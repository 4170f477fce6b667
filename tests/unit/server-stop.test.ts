// A stopped server leaves nothing behind that keeps `check` alive: the command ends with its last
// item, not when a forgotten grace timer runs out.
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/checks/process.js';

const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;

describe('stopping a web server under test', () => {
  it('ends the process and clears its own timers', async () => {
    const before = timers();
    const server = startServer([process.execPath, '-e', 'setInterval(() => {}, 1000)'], { cwd: tmpdir() });
    expect(server.pid).toBeGreaterThan(0);
    await server.stop();
    await server.exited;
    expect(timers()).toBe(before);
  });
});
