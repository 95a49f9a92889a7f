/**
 * SVG to PNG with resvg, a rasteriser that ships as a prebuilt binary in its
 * npm package. A fresh machine may have no fonts at all, so the text is drawn
 * with Arimo, shipped as an npm package: it has Helvetica's metrics, which is
 * what Graphviz measured the boxes with.
 */
import { createRequire } from 'node:module';
import { rasteriserFailed } from './errors.js';

export interface PngOptions {
  /** Pixels per SVG pixel. Default 2, sharp on high-density screens and in print. */
  scale?: number;
}

export interface Png {
  png: Uint8Array;
  /** The scale used: below the one asked for when the picture would be too big. */
  scale: number;
}

export const DEFAULT_PNG_SCALE = 2;
/** Most viewers and browsers give up past 16,384 pixels a side. */
export const MAX_PNG_SIDE = 16_384;
/** 64 million pixels: 256 MB while drawing. */
export const MAX_PNG_PIXELS = 64_000_000;

const FONT_FAMILY = 'Arimo';
const FONT_FILES = ['400Regular/Arimo_400Regular', '700Bold/Arimo_700Bold', '400Regular_Italic/Arimo_400Regular_Italic', '700Bold_Italic/Arimo_700Bold_Italic'];

export function fontFiles(): string[] {
  const require = createRequire(import.meta.url);
  return FONT_FILES.map((file) => require.resolve(`@expo-google-fonts/arimo/${file}.ttf`));
}

/** The scale to draw a picture of this size (in SVG pixels) at: the one wanted, or less to stay within the limits. */
export function pngScale(width: number, height: number, wanted: number = DEFAULT_PNG_SCALE): number {
  const bySide = MAX_PNG_SIDE / Math.max(width, height, 1);
  const byArea = Math.sqrt(MAX_PNG_PIXELS / Math.max(width * height, 1));
  return Math.min(wanted, bySide, byArea);
}

/**
 * The size of an SVG from the attributes of its root, in CSS pixels, when they
 * are in pt or px as Graphviz writes them. Saves parsing a large SVG twice.
 */
export function svgSize(svg: string): { width: number; height: number } | undefined {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  const width = root && /\swidth="([\d.]+)(pt|px)?"/.exec(root);
  const height = root && /\sheight="([\d.]+)(pt|px)?"/.exec(root);
  if (!width || !height) return undefined;
  const pixels = (match: RegExpExecArray) => Number(match[1]) * (match[2] === 'pt' ? 96 / 72 : 1);
  return { width: pixels(width), height: pixels(height) };
}

export async function svgToPng(svg: string, options: PngOptions = {}): Promise<Png> {
  const { Resvg } = await import('@resvg/resvg-js');
  const settings = {
    // Arimo for every family, so the text fits the boxes and shows on a
    // machine with no fonts at all; the system's fonts only fill in what
    // Arimo lacks (CJK, emoji).
    font: {
      loadSystemFonts: true,
      fontFiles: fontFiles(),
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
      serifFamily: FONT_FAMILY,
      monospaceFamily: FONT_FAMILY,
    },
    background: 'white',
    logLevel: 'off',
  } as const;
  try {
    const { width, height } = svgSize(svg) ?? new Resvg(svg, settings);
    const scale = pngScale(width, height, options.scale);
    const png = new Resvg(svg, { ...settings, fitTo: { mode: 'zoom', value: scale } }).render().asPng();
    return { png, scale };
  } catch (error) {
    throw rasteriserFailed(error);
  }
}
