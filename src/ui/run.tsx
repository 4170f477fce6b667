// Starts the TUI. Imported lazily by the CLI, so plain commands never load Ink or React.
import { render } from 'ink';
import { syllabus } from '../content/syllabus.js';
import type { Context } from '../cli/context.js';
import { messages } from '../i18n/index.js';
import { App } from './app.js';

export async function runTui(ctx: Context): Promise<number> {
  const store = ctx.store();
  const movedTo = store.notice?.movedTo;
  const instance = render(
    <App
      store={store}
      syllabus={syllabus}
      fallbackLang={ctx.lang}
      langOverride={ctx.langFromFlag ? ctx.lang : undefined}
      today={ctx.today}
      defaultWorkspace={ctx.dir ?? process.cwd()}
      notice={movedTo ? (lang) => messages(lang).notices.corrupt(movedTo) : undefined}
    />,
    // 60 fps keeps a keypress within one frame (Ink's default is 30); incremental rendering
    // rewrites only the lines that changed.
    { exitOnCtrlC: true, patchConsole: false, maxFps: 60, incrementalRendering: true },
  );
  await instance.waitUntilExit();
  return 0;
}
