// Errors that end a command with one sentence and an exit code, never a stack trace.
export class UsageError extends Error {
  readonly exitCode = 2;
}

/** An error that ends the command with its one sentence (UsageError, StoreError), from any bundle. */
export function isExpected(error: unknown): error is Error & { exitCode: number } {
  return error instanceof Error && typeof (error as { exitCode?: unknown }).exitCode === 'number';
}
