/**
 * From DOT to the format asked for, with the renderer asked for. Each renderer
 * is imported only when it is used.
 */
export type DiagramFormat = 'dot' | 'svg' | 'png' | 'pdf';
/** `wasm`: Graphviz in WebAssembly and resvg, shipped with argmap. `dot`: the system's Graphviz. */
export type Renderer = 'wasm' | 'dot';

export interface Diagram {
  data: string | Uint8Array;
  /** Something the user should know about the result. */
  note?: string;
}

/** What renderDiagram is doing, for progress messages: Graphviz's layout, then, for PNG, drawing the pixels. */
export type RenderStage = 'layout' | 'rasterise';

export async function renderDiagram(
  dot: string,
  format: DiagramFormat,
  renderer: Renderer,
  env: NodeJS.ProcessEnv = process.env,
  onStage: (stage: RenderStage) => void | Promise<void> = () => undefined,
): Promise<Diagram> {
  if (format === 'dot') return { data: dot };
  if (renderer === 'dot' || format === 'pdf') {
    const { renderWithSystemDot } = await import('./system-dot.js');
    await onStage('layout');
    return { data: await renderWithSystemDot(dot, format, env) };
  }
  const { renderSvg } = await import('./render-svg.js');
  await onStage('layout');
  const svg = await renderSvg(dot);
  if (format === 'svg') return { data: svg };
  const { svgToPng, DEFAULT_PNG_SCALE, MAX_PNG_SIDE } = await import('./render-png.js');
  await onStage('rasterise');
  const { png, scale } = await svgToPng(svg);
  if (scale >= DEFAULT_PNG_SCALE) return { data: png };
  const percent = Math.max(1, Math.floor(scale * 100));
  return {
    data: png,
    note: `the map is too big for a sharp PNG, so it is drawn at ${percent}% of its size (at most ${MAX_PNG_SIDE} pixels a side); SVG and PDF keep every detail.`,
  };
}
