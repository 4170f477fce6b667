// CPU-heavy work inside the TUI (a check run) with V8's optimising compilers on: the bare start turns
// them off to keep the TUI's memory small (bin/tui-flags.js registers the switch). Without a switch
// (other commands, tests) the work simply runs.

interface CompilerSwitch {
  acquire(): void;
  release(): void;
}

const SWITCH = Symbol.for('mlops-tutor.compilers');

export async function withOptimisingCompilers<T>(work: () => Promise<T>): Promise<T> {
  const compilers = (globalThis as { [SWITCH]?: CompilerSwitch })[SWITCH];
  compilers?.acquire();
  try {
    return await work();
  } finally {
    compilers?.release();
  }
}
