/**
 * Progress on stderr for work that takes more than about a second (export,
 * eval and import of big maps): a spinner with the stage ("parsing 25 MB",
 * "laying out 12,000 boxes"), cleared when done. Only on a
 * terminal, never under --quiet, and the spinner library is loaded only then.
 *
 * Graphviz's layout and the PNG rasteriser run synchronously, and no timer
 * can fire while they do, so a stage known to be long is shown at once
 * (`soon: false`); any other stage is shown only if it is still running a
 * second later.
 */
import type { CliIo } from './context.js';

export interface Progress {
  /** The stage now running; shown after a second, or at once when `long` is set. */
  stage(text: string, options?: { long?: boolean }): Promise<void>;
  /** Clears the line. Call before writing anything else to stderr, and at the end. */
  done(): void;
}

const SHOW_AFTER_MS = 1000;

const silent: Progress = { stage: async () => undefined, done: () => undefined };

export function startProgress(io: CliIo, quiet: boolean): Progress {
  // A CI log is not a terminal even when its runner gives stderr a TTY: no spinner there (the library agrees).
  if (quiet || io.env.TERM === 'dumb' || 'CI' in io.env) return silent;
  let text = '';
  let spinner: { text: string; start(): unknown; stop(): unknown } | undefined;
  let finished = false;
  const show = async () => {
    if (finished) return;
    if (spinner === undefined) {
      // Asked only now: Node makes stderr's stream when it is first used, which a short run need not do.
      if (io.stderr.isTTY !== true) return void (finished = true);
      const { default: yoctoSpinner } = await import('yocto-spinner');
      if (finished) return;
      // Signals are argmap's own to handle (an interrupted write removes its temporary file).
      spinner = yoctoSpinner({ text, stream: io.stderr as NodeJS.WriteStream, handleSignals: false });
      spinner.start();
    } else {
      spinner.text = text;
    }
  };
  const timer = setTimeout(() => void show(), SHOW_AFTER_MS);
  timer.unref();
  return {
    async stage(next, options = {}) {
      text = next;
      if (spinner !== undefined || options.long === true) await show();
    },
    done() {
      finished = true;
      clearTimeout(timer);
      spinner?.stop();
      spinner = undefined;
    },
  };
}
