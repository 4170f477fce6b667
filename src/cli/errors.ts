// Errors that end a command with one sentence and an exit code, never a stack trace.
export class UsageError extends Error {
  readonly exitCode = 2;
}
