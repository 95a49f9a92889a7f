import type { Palette } from '../../src/text/palette.js';

/** Shows each style as a tag, so colour is visible in an exact comparison. */
export const tagPalette: Palette = Object.fromEntries(
  ['bold', 'dim', 'italic', 'underline', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan'].map((name) => [name, (text: string) => `<${name}>${text}</${name}>`]),
) as unknown as Palette;
