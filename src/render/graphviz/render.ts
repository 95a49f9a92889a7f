/**
 * From DOT to the format asked for, with the renderer asked for. Each renderer
 * is imported only when it is used.
 */
export type DiagramFormat = 'dot' | 'svg' | 'png' | 'pdf';
/** `wasm`: Graphviz in WebAssembly and resvg, shipped with argmap. `dot`: the system's Graphviz. */
export type Renderer = 'wasm' | 'dot';

export async function renderDiagram(
  dot: string,
  format: DiagramFormat,
  renderer: Renderer,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | Uint8Array> {
  if (format === 'dot') return dot;
  if (renderer === 'dot' || format === 'pdf') {
    const { renderWithSystemDot } = await import('./system-dot.js');
    return renderWithSystemDot(dot, format, env);
  }
  const { renderSvg } = await import('./render-svg.js');
  const svg = await renderSvg(dot);
  if (format === 'svg') return svg;
  const { svgToPng } = await import('./render-png.js');
  return svgToPng(svg);
}
