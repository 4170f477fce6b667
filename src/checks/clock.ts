// Milliseconds on a monotonic clock, for how long an item or a process took. Not `performance.now()`:
// that global loads node:perf_hooks on first use, ~1 ms of every check's start.
export const monotonicMs = (): number => Number(process.hrtime.bigint()) / 1e6;
