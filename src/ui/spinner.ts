// The spinner's frames, one definition for the check screen and the CLI's live progress (cli → ui is
// the allowed direction; this file imports nothing, so the CLI does not load Ink through it).
export const SPINNER_FRAMES: readonly string[] = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** The frame for a tick of the clock. */
export function spinnerFrame(tick: number): string {
  return SPINNER_FRAMES[((tick % SPINNER_FRAMES.length) + SPINNER_FRAMES.length) % SPINNER_FRAMES.length]!;
}
