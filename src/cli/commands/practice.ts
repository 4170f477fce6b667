// `quiz NN`, `drill --level … [--count N] [--minutes M]` and `review`: TUI commands. Their arguments
// are checked first (one sentence each), then the terminal: without one they point at status/export.
import { LEVELS, type Level } from '../../core/types.js';
import type { Route } from '../../ui/app-state.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { parseModuleId } from './reset.js';

export interface DrillOptions {
  level?: string;
  count?: string;
  minutes?: string;
}

export function parseDrillOptions(
  ctx: Context,
  options: DrillOptions,
): { level?: Level; count?: number; minutes?: number } {
  const { cli } = ctx.t.practice;
  if (options.level !== undefined && !(LEVELS as readonly string[]).includes(options.level))
    throw new UsageError(cli.badLevel(options.level));
  let count: number | undefined;
  if (options.count !== undefined) {
    count = /^\d+$/.test(options.count.trim()) ? Number(options.count) : NaN;
    if (!Number.isInteger(count) || count < 1 || count > 100) throw new UsageError(cli.badCount(options.count));
  }
  let minutes: number | undefined;
  if (options.minutes !== undefined) {
    minutes = /^\d+(\.\d+)?$/.test(options.minutes.trim()) ? Number(options.minutes) : NaN;
    if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 240)
      throw new UsageError(cli.badMinutes(options.minutes));
  }
  return { level: options.level as Level | undefined, count, minutes };
}

async function openTui(ctx: Context, command: string, route: Route): Promise<number> {
  if (!ctx.terminal.interactive) throw new UsageError(ctx.t.practice.cli.needsTerminal(`mlops-tutor ${command}`));
  const { runTui } = await import('../../ui/run.js');
  return runTui(ctx, route);
}

export function runQuiz(ctx: Context, idArg: string): Promise<number> {
  const id = parseModuleId(ctx, idArg);
  return openTui(ctx, 'quiz', { name: 'quiz', id });
}

export function runDrill(ctx: Context, options: DrillOptions): Promise<number> {
  const parsed = parseDrillOptions(ctx, options);
  return openTui(ctx, 'drill', { name: 'drill', ...parsed });
}

export function runReview(ctx: Context): Promise<number> {
  return openTui(ctx, 'review', { name: 'review' });
}
