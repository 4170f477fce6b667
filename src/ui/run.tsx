// Starts the TUI. Imported lazily by the CLI, so plain commands never load Ink or React.
import { render } from 'ink';
import { syllabus } from '../content/syllabus.js';
import type { Context } from '../cli/context.js';
import { messages } from '../i18n/index.js';
import { App } from './app.js';
import type { Route } from './app-state.js';

export async function runTui(ctx: Context, initialRoute?: Route): Promise<number> {
  const store = ctx.store();
  const movedTo = store.notice?.movedTo;
  const instance = render(
    <App
      store={store}
      syllabus={syllabus}
      fallbackLang={ctx.lang}
      langOverride={ctx.langFromFlag ? ctx.lang : undefined}
      initialRoute={initialRoute}
      today={ctx.today}
      defaultWorkspace={ctx.dir ?? process.cwd()}
      notice={movedTo ? (lang) => messages(lang).notices.corrupt(movedTo) : undefined}
    />,
    // 60 fps keeps a keypress within one frame (Ink's default is 30). Ink's incremental rendering
    // is left off: it garbled the screen when a long page scrolled (seen at 60×20 in tmux).
    { exitOnCtrlC: true, patchConsole: false, maxFps: 60 },
  );
  await instance.waitUntilExit();
  return 0;
}
