import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapToDot, renderDiagram } from '../../../src/graphviz.js';
import { parseMap, type ArgMap, type Statement } from '../../../src/index.js';
import { renderSvg } from '../../../src/render/graphviz/render-svg.js';
import { fontFiles, pngScale, svgSize, svgToPng } from '../../../src/render/graphviz/render-png.js';
import { escapeInline } from '../../../src/text/escape.js';
import { HOSTILE, mapOf, statement } from './hostile.js';
import { decodePng, PNG_SIGNATURE } from './png.js';
import { svgNodes } from './svg-text.js';

const exampleText = readFileSync(new URL('../../../maps/example.yaml', import.meta.url), 'utf8');
const example = parseMap(exampleText, 'example.yaml').map;

/** Text as a tooltip shows it: on one line, with invisible and forbidden characters as escapes. */
const visible = (text: string) => escapeInline(text).replace(/[\uFFFE\uFFFF]/g, (char) => `\\u{${char.charCodeAt(0).toString(16).toUpperCase()}}`);
/** Labels show the same, except that Graphviz draws every kind of space (no-break, figure, thin…) as a plain one. */
const inLabel = (text: string) => visible(text).replace(/\p{Zs}/gu, ' ');

/**
 * What a statement's box says: its act when it is not a plain assertion, its text, the speaker when it is
 * not the author, and who the text reports saying it or who endorses it.
 */
function boxText(map: ArgMap, statement: Statement): string {
  const name = (id: string) => map.speakers.find((candidate) => candidate.id === id)?.name;
  const parts = statement.act === undefined || statement.act === 'assert' ? [] : [`(${statement.act.replace('-', ' ')})`];
  parts.push(statement.text);
  if (statement.speaker !== undefined && statement.speaker !== map.authorSpeaker) parts.push(`— ${name(statement.speaker)}`);
  if (statement.saidBy?.some((ref) => ref.id !== statement.speaker)) parts.push(`said by ${statement.saidBy.map((ref) => name(ref.id)).join(', ')}`);
  if (statement.endorsedBy?.length) parts.push(`endorsed by ${statement.endorsedBy.map((ref) => name(ref.id)).join(', ')}`);
  return parts.join(' ');
}

/** Every statement of a map as the SVG shows it: the lines of its box, joined. */
async function shownTexts(dot: string) {
  const nodes = svgNodes(await renderSvg(dot));
  return (id: string) => nodes.get(id);
}

describe('renderSvg (Graphviz in WebAssembly)', () => {
  it('draws every statement of the example map, and the same SVG every time', async () => {
    const dot = mapToDot(example);
    const svg = await renderSvg(dot);
    const nodes = svgNodes(svg);
    for (const statement of example.statements) expect(nodes.get(statement.id)?.lines.join(' ')).toBe(boxText(example, statement));
    expect(nodes.get('safety')?.lines).toEqual(['Fix the most dangerous road']);
    // The example's ironic statement, endorsement and reported speech, line by line.
    expect(nodes.get('no-cost')?.lines).toEqual(['(ironic)', 'The lane would cost the town', 'nothing.']);
    expect(nodes.get('parking-loss')?.lines).toEqual(['The lane removes 40 parking spaces.', '— Elm Street shopkeepers', 'endorsed by A. Reader']);
    expect(nodes.get('nothing-else-changed')?.lines.at(-1)).toBe("said by Riverton's traffic engineers");
    expect(nodes.get('only-the-lane')?.lines).toEqual(['endorsed by A. Reader']);
    expect(svg).toContain('>Legend</text>');
    expect(await renderSvg(dot)).toBe(svg);
  });

  it('shows hostile labels, tooltips, titles and tags exactly as written', async () => {
    const statements = HOSTILE.map((text, i) =>
      statement(`s${i}`, text, { quotes: [{ value: text, span: { start: 0, end: 0 } }], tags: [{ value: text, span: { start: 0, end: 0 } }] }),
    );
    const map = mapOf(statements, { title: HOSTILE[3] });
    const dot = mapToDot(map, { wrap: 1000, groupBy: 'tag' });
    const svg = await renderSvg(dot);
    const nodes = svgNodes(svg);
    HOSTILE.forEach((text, i) => {
      const node = nodes.get(`s${i}`)!;
      expect(node.lines.join(' '), text).toBe(escapeInline(text));
      expect(node.tooltip, text).toBe(`“${escapeInline(text)}”`);
    });
    const labels = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
    expect(labels).toContain('&lt;b&gt;bold?&lt;/b&gt; &lt;br/&gt; &lt;script&gt;alert(1)&lt;/script&gt; &lt;&lt;');
    // One cluster per tag, each labelled with the tag as written.
    expect(svg.match(/class="cluster"/g)).toHaveLength(HOSTILE.length + 1);
  });

  it('keeps any text intact in labels and tooltips', async () => {
    const hostileChar = fc.constantFrom('\\', '"', "'", '<', '>', '&', ';', '#', 'N', 'l', 'G', '{', '}', '[', ']', '-', ' ', '\n', 'é', '😀', '\uFFFE', 'x');
    const text = fc.oneof(
      fc.string({ unit: hostileChar, minLength: 1, maxLength: 30 }),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 5 }), async (texts) => {
        const map = mapOf(texts.map((value, i) => statement(`s${i}`, value, { quotes: [{ value, span: { start: 0, end: 0 } }] })));
        const shown = await shownTexts(mapToDot(map, { wrap: 1000, legend: false }));
        texts.forEach((value, i) => {
          const node = shown(`s${i}`)!;
          expect(node.lines.join(' ')).toBe(inLabel(value));
          expect(node.tooltip).toBe(`“${visible(value)}”`);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('draws a map of 1,000 statements', async () => {
    const { generateMap } = await import('../../../bench/generate.js');
    const { map } = parseMap(generateMap({ statements: 1000, seed: 3 }).yaml);
    const nodes = svgNodes(await renderSvg(mapToDot(map, { wrap: 10_000 })));
    for (const statement of map.statements) expect(nodes.get(statement.id)?.lines.join(' ')).toBe(boxText(map, statement));
  });
});

describe('renderDiagram (library API)', () => {
  it('returns DOT as it is, and draws SVG and PNG with the built-in renderer', async () => {
    const dot = mapToDot(example);
    expect(await renderDiagram(dot, 'dot', 'wasm')).toEqual({ data: dot });
    expect(await renderDiagram(dot, 'svg', 'wasm')).toEqual({ data: await renderSvg(dot) });
    const png = await renderDiagram(dot, 'png', 'wasm');
    expect(Buffer.from((png.data as Uint8Array).subarray(0, 8))).toEqual(PNG_SIGNATURE);
    expect(png.note).toBeUndefined();
  });
});

describe('svgToPng (resvg, with the bundled font)', () => {
  it('makes a PNG of the expected size, with the text drawn', async () => {
    const svg = await renderSvg(mapToDot(example));
    const { png, scale } = await svgToPng(svg);
    expect(scale).toBe(2);
    expect(Buffer.from(png.subarray(0, 8))).toEqual(PNG_SIGNATURE);
    const [, widthPt, heightPt] = /<svg width="(\d+)pt" height="(\d+)pt"/.exec(svg)!;
    const image = decodePng(png);
    // Points to CSS pixels (96/72), at scale 2; resvg rounds to the nearest pixel.
    expect(image.width).toBe(Math.round((Number(widthPt) * 96) / 72 * 2));
    expect(image.height).toBe(Math.round((Number(heightPt) * 96) / 72 * 2));
    // Only text is near black: boxes are #4D4D4D, lines coloured. Without a
    // font, resvg draws no text at all and this count is zero.
    expect(darkPixels(image.pixels)).toBeGreaterThan(50_000);
    expect(whitePixels(image.pixels)).toBeGreaterThan((image.width * image.height) / 2);
  });

  it('draws text in Arimo, the bundled font, whatever fonts the system has, in bold and italic too', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="30"><text x="5" y="22" font-family="Helvetica,sans-Serif" font-weight="bold" font-style="italic" font-size="20">Thesis</text></svg>';
    const { png } = await svgToPng(svg, { scale: 1 });
    expect(darkPixels(decodePng(png).pixels)).toBeGreaterThan(100);
    // The same drawing as with Arimo alone, and no system fonts at all.
    const { Resvg } = await import('@resvg/resvg-js');
    const arimoOnly = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: 'Arimo' }, background: 'white' });
    expect(decodePng(png).pixels).toEqual(decodePng(arimoOnly.render().asPng()).pixels);
  });
});

describe('svgSize', () => {
  it('reads the size Graphviz gives its SVG, in CSS pixels', () => {
    expect(svgSize('<svg width="318pt" height="67pt"\n viewBox="0.00 0.00 318.00 67.00">')).toEqual({ width: 424, height: 67 * (4 / 3) });
    expect(svgSize('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30.5px">')).toEqual({ width: 40, height: 30.5 });
    expect(svgSize('<svg width="10em" height="3em">')).toBeUndefined();
    expect(svgSize('<svg viewBox="0 0 10 10">')).toBeUndefined();
  });
});

describe('pngScale', () => {
  it('keeps the scale asked for, or less, so that no side passes 16,384 pixels and the area 64 million', () => {
    expect(pngScale(3000, 700)).toBe(2);
    expect(pngScale(73_548, 7_448)).toBeCloseTo(16_384 / 73_548);
    expect(pngScale(10_000, 10_000)).toBeCloseTo(0.8);
    expect(pngScale(100, 100, 3)).toBe(3);
  });

  it('draws a map too big for a sharp PNG smaller, within the limits', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40000" height="300"><rect width="40000" height="300" fill="red"/></svg>';
    const { png, scale } = await svgToPng(svg);
    expect(scale).toBeCloseTo(16_384 / 40_000);
    expect([decodePng(png).width, decodePng(png).height]).toEqual([16_384, Math.ceil(300 * scale)]);
  });
});

function darkPixels(pixels: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 64 && pixels[i + 1]! < 64 && pixels[i + 2]! < 64) count++;
  return count;
}

function whitePixels(pixels: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! === 255 && pixels[i + 1]! === 255 && pixels[i + 2]! === 255) count++;
  return count;
}
