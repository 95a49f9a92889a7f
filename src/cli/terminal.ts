import { Chalk } from 'chalk';
import type { Palette } from '../text/palette.js';
import { plainPalette } from '../text/palette.js';

/**
 * Whether to colour a stream: `--no-color` and NO_COLOR turn colour off,
 * FORCE_COLOR turns it on, and otherwise only a terminal gets colour.
 */
export function colourLevel(
  stream: { isTTY?: boolean },
  flag: boolean | undefined,
  env: NodeJS.ProcessEnv = process.env,
): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '2' || force === '3') return Number(force) as 2 | 3;
    return 1;
  }
  if (!stream.isTTY || env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  return /-256(color)?$/i.test(env.TERM ?? '') ? 2 : 1;
}

export function paletteFor(level: 0 | 1 | 2 | 3): Palette {
  if (level === 0) return plainPalette;
  const chalk = new Chalk({ level });
  return {
    bold: (text) => chalk.bold(text),
    dim: (text) => chalk.dim(text),
    italic: (text) => chalk.italic(text),
    underline: (text) => chalk.underline(text),
    red: (text) => chalk.red(text),
    green: (text) => chalk.green(text),
    yellow: (text) => chalk.yellow(text),
    blue: (text) => chalk.blue(text),
    magenta: (text) => chalk.magenta(text),
    cyan: (text) => chalk.cyan(text),
  };
}
