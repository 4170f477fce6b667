// `lesson NN [--print]`: the reader in a terminal; plain wrapped text with --print or without one.
import { loadLesson } from '../../content/lessons.js';
import { plainText, renderMarkdown } from '../../ui/markdown/render.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { parseModuleId } from './reset.js';

export async function runLesson(ctx: Context, idArg: string, options: { print?: boolean }): Promise<number> {
  const id = parseModuleId(ctx, idArg);
  if (!options.print && ctx.terminal.interactive) {
    const { runTui } = await import('../../ui/run.js');
    return runTui(ctx, { name: 'lesson', id });
  }
  const lesson = await loadLesson(id, ctx.lang);
  if (!lesson) throw new UsageError(ctx.t.lesson.missing(id));
  // Piped output wraps at 80 columns, a terminal at its own width.
  const width = process.stdout.isTTY ? Math.min(ctx.terminal.columns, 100) : 80;
  process.stdout.write(
    plainText(renderMarkdown(`# ${ctx.t.lesson.title(id, lesson.title)}\n\n${lesson.body}`, { width })),
  );
  return 0;
}
