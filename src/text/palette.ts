/**
 * The colours a renderer may use. Renderers are pure and take a palette; the
 * CLI decides whether it is real colour (chalk) or `plainPalette`.
 */
export interface Palette {
  bold(text: string): string;
  dim(text: string): string;
  italic(text: string): string;
  underline(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  magenta(text: string): string;
  cyan(text: string): string;
}

const same = (text: string) => text;

export const plainPalette: Palette = {
  bold: same,
  dim: same,
  italic: same,
  underline: same,
  red: same,
  green: same,
  yellow: same,
  blue: same,
  magenta: same,
  cyan: same,
};
