// When the items of a check run (src/checks/schedule.ts): the tool commands get the first slots, a
// command that writes into the project waits for everything before it and holds up everything after
// it, and the learner sees the items start and finish in the checker's order whatever the real one was.
import { describe, expect, it } from 'vitest';
import type { CheckItem } from '../../src/content/check-schema.js';
import { runScheduled } from '../../src/checks/schedule.js';

const item = (id: string, kind: string, extra: Record<string, unknown> = {}) =>
  ({ id, kind, creates: [], ...extra }) as unknown as CheckItem;

/** Runs `items`; each takes `ms[id]` ms (default 5). Returns the order items started and the events. */
async function schedule(
  items: CheckItem[],
  ms: Record<string, number> = {},
  slots = 1,
  readersAfter?: Promise<void>,
  sharesSlot?: (item: CheckItem) => boolean,
) {
  const began: string[] = [];
  const events: string[] = [];
  const running = new Set<string>();
  const overlaps: string[][] = [];
  await runScheduled({
    items,
    slots,
    readersAfter,
    sharesSlot,
    stopped: () => false,
    run: async (index) => {
      const id = items[index]!.id;
      began.push(id);
      running.add(id);
      overlaps.push([...running].sort());
      await new Promise((done) => setTimeout(done, ms[id] ?? 5));
      running.delete(id);
      return id;
    },
    onStart: (index) => events.push(`start ${items[index]!.id}`),
    onDone: (index, result) => events.push(`done ${result}`),
  });
  return { began, events, overlaps };
}

describe('the check schedule', () => {
  it('gives the only slot to the tool command, not to the probes listed before it', async () => {
    const { began } = await schedule([
      item('probe-a', 'python-probe'),
      item('probe-b', 'python-probe'),
      item('pytest', 'command'),
    ]);
    expect(began).toEqual(['pytest', 'probe-a', 'probe-b']);
  });

  it('starts the probes that share a process together on one slot, and that slot only is taken', async () => {
    const batchable = (candidate: CheckItem) => candidate.id.startsWith('probe');
    const { began, overlaps } = await schedule(
      [
        item('pytest', 'command'),
        item('probe-a', 'python-probe'),
        item('env', 'python-probe'),
        item('probe-b', 'python-probe'),
      ],
      { pytest: 30, 'probe-a': 10, 'probe-b': 10, env: 5 },
      2,
      undefined,
      batchable,
    );
    // pytest and probe-a get the two slots; probe-b rides with probe-a; env waits for a slot to free.
    expect(began).toEqual(['pytest', 'probe-a', 'probe-b', 'env']);
    expect(overlaps).toContainEqual(['probe-a', 'probe-b', 'pytest']);
    // Never more programs at once than slots, riders aside: env never ran beside both probes and pytest.
    expect(overlaps).not.toContainEqual(['env', 'probe-a', 'probe-b', 'pytest']);
  });

  it('holds the readers until the runner lets them go, and the programs start first', async () => {
    const later = new Promise<void>((go) => setTimeout(go, 10));
    const { began, events } = await schedule(
      [item('readme', 'markdown'), item('layout', 'files-exist'), item('pytest', 'command')],
      { pytest: 1, readme: 1, layout: 1 },
      1,
      later,
    );
    expect(began).toEqual(['pytest', 'readme', 'layout']);
    expect(events).toEqual([
      'start readme',
      'done readme',
      'start layout',
      'done layout',
      'start pytest',
      'done pytest',
    ]);
  });

  it('reports starts and results in the definition order when a later item finishes first', async () => {
    const { events } = await schedule(
      [item('slow', 'command'), item('quick', 'python-probe')],
      { slow: 40, quick: 1 },
      2,
    );
    expect(events).toEqual(['start slow', 'done slow', 'start quick', 'done quick']);
  });

  it('runs a command that creates files alone: after the items before it, before the ones after it', async () => {
    const items = [
      item('readme', 'markdown'),
      item('probe', 'python-probe'),
      item('train', 'command', { creates: ['model.joblib'] }),
      item('model-file', 'files-exist'),
      item('pytest', 'command'),
    ];
    const { overlaps, began } = await schedule(items, { readme: 20, probe: 20 }, 3);
    const whileTraining = overlaps[began.indexOf('train')]!;
    expect(whileTraining).toEqual(['train']);
    expect(began.indexOf('train')).toBeGreaterThan(Math.max(began.indexOf('readme'), began.indexOf('probe')));
    expect(began.indexOf('model-file')).toBeGreaterThan(began.indexOf('train'));
    expect(began.indexOf('pytest')).toBeGreaterThan(began.indexOf('train'));
  });

  it('waits for the items an item requires', async () => {
    const { began, overlaps } = await schedule(
      [item('server-up', 'python-probe'), item('uses-it', 'python-probe', { requires: ['server-up'] })],
      { 'server-up': 20 },
      2,
    );
    // Two free slots, yet the second starts only once the first is done.
    expect(began).toEqual(['server-up', 'uses-it']);
    expect(overlaps[1]).toEqual(['uses-it']);
  });
});
