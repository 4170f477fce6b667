// The TUI's heap keeper (src/ui/heap.ts): a full collection after the first frame, then one after any
// frame drawn once the heap has grown by the step, never two queued at once.
import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { heapKeeper } from '../../src/ui/heap.js';

const MiB = 1024 * 1024;
const nextTurn = () => new Promise((done) => setImmediate(done));

/** A heap whose size the test sets; a collection brings it back to `live`. */
function fakeHeap(live: number) {
  const heap = { used: live, live, collections: 0 };
  const collect = () => {
    heap.collections++;
    heap.used = heap.live;
  };
  return { heap, keeper: heapKeeper({ step: 2 * MiB, used: () => heap.used, gc: () => collect }) };
}

describe('heap keeper', () => {
  it('collects nothing by step before the start-up collection, once at start-up', async () => {
    const { heap, keeper } = fakeHeap(10 * MiB);
    heap.used = 30 * MiB;
    keeper.onRender();
    await nextTurn();
    expect(heap.collections).toBe(0);
    keeper.startUp();
    expect(heap.collections).toBe(1);
    expect(heap.used).toBe(10 * MiB);
  });

  it('collects after a frame once the heap has grown by the step, counted from what the last one left', async () => {
    const { heap, keeper } = fakeHeap(10 * MiB);
    keeper.startUp();
    heap.used = 11.5 * MiB;
    keeper.onRender();
    await nextTurn();
    expect(heap.collections).toBe(1);
    heap.used = 12 * MiB;
    keeper.onRender();
    // Not during the render: the frame is written first.
    expect(heap.collections).toBe(1);
    await nextTurn();
    expect(heap.collections).toBe(2);
    // More is alive now: the next step counts from 13 MiB.
    heap.live = 13 * MiB;
    heap.used = 14 * MiB;
    keeper.onRender();
    await nextTurn();
    expect(heap.collections).toBe(3);
    heap.used = 14.5 * MiB;
    keeper.onRender();
    await nextTurn();
    expect(heap.collections).toBe(3);
  });

  it('waits for an eighth of the live heap when that is more than the step', async () => {
    const { heap, keeper } = fakeHeap(40 * MiB);
    keeper.startUp();
    heap.used = 44 * MiB;
    keeper.onRender();
    await nextTurn();
    expect(heap.collections).toBe(1);
    heap.used = 45 * MiB;
    keeper.onRender();
    await nextTurn();
    expect(heap.collections).toBe(2);
  });

  it('queues one collection for several frames drawn in the same turn', async () => {
    const { heap, keeper } = fakeHeap(10 * MiB);
    keeper.startUp();
    heap.used = 20 * MiB;
    keeper.onRender();
    keeper.onRender();
    keeper.onRender();
    await nextTurn();
    expect(heap.collections).toBe(2);
  });

  it('does nothing when the runtime gives no gc', async () => {
    const keeper = heapKeeper({ step: 1, used: () => 100 * MiB, gc: () => undefined });
    expect(() => {
      keeper.startUp();
      keeper.onRender();
    }).not.toThrow();
    await nextTurn();
  });

  it("fetches this Node's real gc at run time and frees the garbage of earlier frames", async () => {
    const keeper = heapKeeper({ step: 4 * MiB });
    keeper.startUp();
    const before = getHeapStatistics().used_heap_size;
    // Frames' trees that outlived a few scavenges (promoted), then were replaced.
    const frames: unknown[][] = [];
    // Past the keeper's step, which for the test runner's own heap may be an eighth of it.
    const enough = Math.max(4 * MiB, before / 8) + 8 * MiB;
    for (let round = 0; round < 100 && getHeapStatistics().used_heap_size - before < enough; round++) {
      frames.push(Array.from({ length: 20_000 }, (_, i) => ({ round, i, text: `line ${i}` })));
      await nextTurn();
    }
    const grown = getHeapStatistics().used_heap_size;
    expect(grown - before).toBeGreaterThan(enough);
    frames.length = 0;
    keeper.onRender();
    await nextTurn();
    expect(getHeapStatistics().used_heap_size).toBeLessThan(grown - 8 * MiB);
  });
});
