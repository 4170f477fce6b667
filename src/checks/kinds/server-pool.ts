// The servers the http-probe items of one check run start. Each item used to start its own, and a
// FastAPI app importing scikit-learn and pandas takes seconds to start: four items, four starts.
// Items that start the same command now share one server, under conditions that keep every verdict
// what a fresh server would give: the items run one after another (schedule.ts), a server is handed
// on only while it runs and after an item that passed (a failing request may have left the app in any
// state; the next item then starts a fresh one), and each item sees the server's output as if it had
// started it (its start-up output, then what its own requests caused).
import type { Capture } from '../capture.js';
import type { ServerHandle } from '../process.js';

export interface Lease {
  server: ServerHandle;
  port: number;
  /** The server's output for this item (see ServerHandle.tap). */
  stdout: Capture;
  stderr: Capture;
  /** Ends this item's copy of the output (the pool calls it when the lease is given back). */
  close(): void;
}

export class ServerPool {
  readonly #idle = new Map<string, { server: ServerHandle; port: number }>();
  readonly #all = new Set<ServerHandle>();

  /** A running server started with `key` by an earlier item, now this item's; undefined: start one. */
  take(key: string): Lease | undefined {
    const idle = this.#idle.get(key);
    this.#idle.delete(key);
    if (!idle || idle.server.exit) {
      if (idle) void this.#stop(idle.server);
      return undefined;
    }
    return lease(idle.server, idle.port);
  }

  /** A server this item started and saw come up. */
  adopt(server: ServerHandle, port: number): Lease {
    this.#all.add(server);
    server.ready();
    return lease(server, port);
  }

  /** The item is done with its lease: the server waits for the next item, or is stopped. */
  async giveBack(key: string, lease: Lease, reusable: boolean): Promise<void> {
    lease.close();
    if (reusable && !lease.server.exit && !this.#idle.has(key)) this.#idle.set(key, { server: lease.server, port: lease.port });
    else await this.#stop(lease.server);
  }

  /** Stops every server still running (the last http-probe item is done, or the check ends). */
  async stopAll(): Promise<void> {
    this.#idle.clear();
    await Promise.all([...this.#all].map((server) => this.#stop(server)));
  }

  async #stop(server: ServerHandle): Promise<void> {
    this.#all.delete(server);
    await server.stop();
  }
}

function lease(server: ServerHandle, port: number): Lease {
  const tap = server.tap();
  return { server, port, stdout: tap.stdout, stderr: tap.stderr, close: tap.close };
}
