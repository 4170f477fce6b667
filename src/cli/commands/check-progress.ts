// Live progress in a terminal without Ink: one line per item, a spinner with the elapsed time on the
// running one, rewritten in place with \r. Ink would cost start-up time for four lines of output.
import { monotonicMs } from '../../checks/clock.js';
import type { Lang } from '../../core/types.js';
import type { Messages } from '../../i18n/index.js';
import type { CheckEvent, ItemResult } from '../../checks/runner.js';
import { spinnerFrame } from '../../ui/spinner.js';

const COLORS = {
  pass: '\u001b[32m',
  fail: '\u001b[31m',
  skip: '\u001b[33m',
  'not-run': '\u001b[2m',
  error: '\u001b[31m',
  warn: '\u001b[33m',
} as const;

export class LiveProgress {
  #timer: NodeJS.Timeout | undefined;
  #frame = 0;
  #title = '';
  #started = 0;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly t: Messages['check'],
    private readonly color: boolean,
  ) {}

  handle(event: CheckEvent, lang: Lang): void {
    if (event.type === 'start') {
      this.#title = event.item.title[lang];
      this.#started = monotonicMs();
      this.#draw();
      this.#timer = setInterval(() => this.#draw(), 100);
      return;
    }
    this.stop();
    this.stream.write(`\r\u001b[2K${this.#line(event.result)}\n`);
  }

  /** The item's line, coloured, cut to the terminal's width. */
  #line(result: ItemResult): string {
    const mark = this.color
      ? `${COLORS[result.status]}${this.t.status[result.status]}\u001b[0m`
      : this.t.status[result.status];
    const width = Math.max(20, (this.stream.columns || 80) - 1);
    const line = `${this.t.status[result.status]} ${result.title} [${result.earned}/${result.points}] ${this.t.seconds(result.durationMs)} — ${result.message}`;
    const fitted = [...line].length > width ? `${[...line].slice(0, width - 1).join('')}…` : line;
    return `${mark}${fitted.slice(this.t.status[result.status].length)}`;
  }

  #draw(): void {
    const elapsed = this.t.seconds(monotonicMs() - this.#started);
    this.#frame += 1;
    this.stream.write(`\r\u001b[2K${spinnerFrame(this.#frame)} ${this.#title} ${elapsed}`);
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
