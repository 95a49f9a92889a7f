/** Reading Graphviz's SVG back in tests: the texts of each node and the tooltips, decoded. */

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    if (entity[0] === '#') return String.fromCodePoint(entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[entity.toLowerCase()]!;
  });
}

export interface SvgNode {
  /** The node's name in the DOT source. */
  name: string;
  /** Its text elements, one per line, decoded. */
  lines: string[];
  tooltip?: string;
}

/** Every node of the SVG, keyed by name. */
export function svgNodes(svg: string): Map<string, SvgNode> {
  const nodes = new Map<string, SvgNode>();
  for (const part of svg.split('class="node">').slice(1)) {
    const body = part.split(/class="(?:node|edge|cluster)">/)[0]!;
    const name = decodeXml(/<title>([^<]*)<\/title>/.exec(body)![1]!);
    const lines = [...body.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => decodeXml(match[1]!));
    const tooltip = /xlink:title="([^"]*)"/.exec(body)?.[1];
    nodes.set(name, tooltip === undefined ? { name, lines } : { name, lines, tooltip: decodeXml(tooltip) });
  }
  return nodes;
}
