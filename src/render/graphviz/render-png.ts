/**
 * SVG to PNG with resvg, a rasteriser that ships as a prebuilt binary in its
 * npm package. A fresh machine may have no fonts at all, so the text is drawn
 * with Arimo, shipped as an npm package: it has Helvetica's metrics, which is
 * what Graphviz measured the boxes with.
 */
import { createRequire } from 'node:module';
import { RenderError, firstLine } from './render-svg.js';

export interface PngOptions {
  /** Pixels per SVG pixel. Default 2, sharp on high-density screens and in print. */
  scale?: number;
}

const FONT_FAMILY = 'Arimo';
const FONT_FILES = ['400Regular/Arimo_400Regular', '700Bold/Arimo_700Bold', '400Regular_Italic/Arimo_400Regular_Italic', '700Bold_Italic/Arimo_700Bold_Italic'];

export function fontFiles(): string[] {
  const require = createRequire(import.meta.url);
  return FONT_FILES.map((file) => require.resolve(`@expo-google-fonts/arimo/${file}.ttf`));
}

export async function svgToPng(svg: string, options: PngOptions = {}): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js');
  try {
    const resvg = new Resvg(svg, {
      // System fonts would make the picture depend on the machine; every family falls back to Arimo.
      font: {
        loadSystemFonts: false,
        fontFiles: fontFiles(),
        defaultFontFamily: FONT_FAMILY,
        sansSerifFamily: FONT_FAMILY,
        serifFamily: FONT_FAMILY,
        monospaceFamily: FONT_FAMILY,
      },
      fitTo: { mode: 'zoom', value: options.scale ?? 2 },
      background: 'white',
      logLevel: 'off',
    });
    return resvg.render().asPng();
  } catch (error) {
    throw new RenderError(`resvg could not draw the PNG: ${firstLine(error)}`, { cause: error });
  }
}
