// Read by the CLI and the TUI alike (stack traces only on request), so it sits above both.
export function debugEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return (env.DEBUG ?? '').split(',').some((name) => name.trim() === 'mlops-tutor' || name.trim() === '*');
}
