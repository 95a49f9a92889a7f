/**
 * Prints a ts-graphviz model as DOT, character for character as ts-graphviz's
 * `toDot` does (test/render/graphviz/print-dot.test.ts compares the two on
 * random models), in one linear pass.
 *
 * Why not `toDot` itself: it converts the model into a syntax tree (four
 * objects per attribute) and prints that through generators nested a dozen
 * deep, so every token is handed up a dozen frames, and the whole text is
 * gathered as millions of small strings. On a map of 10,000 statements that
 * takes 1.3 s; this takes 0.08 s. The model, its attributes and their order
 * are still ts-graphviz's, and so are the quoting rules, checked against it.
 *
 * It prints what `buildGraphvizModel` makes: nodes, edges between nodes,
 * subgraphs, attribute lists and attributes. Comments, ports and node groups
 * are not used there, and are refused rather than printed differently.
 */
import type { AttributeListModel, EdgeModel, GraphBaseModel, NodeModel, RootGraphModel } from 'ts-graphviz';

const EOL = '\n';
const INDENT = '  ';
const ESCAPES: Record<string, string> = { '\r': '\\r', '\n': '\\n', '"': '\\"' };
// ts-graphviz's test for an HTML-like value; with these flags it can match
// from any line of the text, and the printer below then does what ts-graphviz does.
const HTML_LIKE = /^<.+>$/ms;

const NEEDS_ESCAPE = /[\0"\r\n]/;

/** A quoted DOT string, escaped as ts-graphviz escapes it: NULs dropped, `"` not after a backslash, CR and LF. */
function quoteDot(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return `"${value}"`;
  return `"${value.replace(/\0/g, '').replace(/(?<!\\)"|[\r\n]/g, (char) => ESCAPES[char]!)}"`;
}

/** An attribute value on a line at `indent`: HTML-like text as it is, other text quoted, numbers and booleans bare. */
function attributeValue(value: unknown, indent: string): string {
  if (typeof value !== 'string') return String(value);
  // Most values have no "<" and cannot be HTML-like; the test is only needed for the rest.
  if (!value.includes('<')) return quoteDot(value);
  const trimmed = value.trim();
  if (!HTML_LIKE.test(trimmed)) return quoteDot(value);
  const inner = trimmed.slice(1, -1);
  // ts-graphviz indents after every printed piece that is a line break, and
  // the inside of `<\n>` is printed as one such piece.
  return `<${inner === EOL ? EOL + indent : inner}>`;
}

function refuse(what: string): never {
  throw new Error(`printDot: ${what} are not supported; use toDot from ts-graphviz`);
}

/** A statement's attributes: ` [`, a `key = value;` line each, `]` (or nothing when there are none). */
function bracketed(entries: readonly (readonly [string, unknown])[], indent: string): string {
  if (entries.length === 0) return '';
  const inner = indent + INDENT;
  let text = ' [';
  for (const [key, value] of entries) text += `${EOL}${inner}${key} = ${attributeValue(value, inner)};`;
  return `${text}${EOL}${indent}]`;
}

function nodeText(model: NodeModel, indent: string): string {
  if (model.comment || model.attributes.comment) refuse('comments');
  return `${EOL}${indent}${quoteDot(model.id)}${bracketed(model.attributes.values, indent)};`;
}

function edgeText(model: EdgeModel, indent: string, directed: boolean): string {
  if (model.comment || model.attributes.comment) refuse('comments');
  let targets = '';
  for (const target of model.targets) {
    if (Array.isArray(target) || (target as NodeModel).$$type !== 'Node') refuse('node groups and ports');
    targets += `${targets === '' ? '' : directed ? ' -> ' : ' -- '}${quoteDot((target as NodeModel).id)}`;
  }
  return `${EOL}${indent}${targets}${bracketed(model.attributes.values, indent)};`;
}

/** A graph's or subgraph's body to print, at the indent of its children. */
interface Body {
  model: GraphBaseModel;
  indent: string;
}

/** An edge to print at an indent. */
interface EdgeAt {
  edge: EdgeModel;
  indent: string;
}

/** The DOT text of a graph, in one string: what `toDot` returns. */
export function printDot(graph: RootGraphModel): string {
  let text = '';
  for (const chunk of dotChunks(graph)) text += chunk;
  return text;
}

/** Pieces of DOT text are gathered into chunks of about this many characters. */
const CHUNK = 64 * 1024;

/**
 * The DOT text of a graph in chunks of about 64 KB, for writing as they come:
 * the text of a big map (66 MB for 100,000 statements) is then never held
 * whole, and each chunk is garbage once written. Subgraphs are printed from
 * an explicit stack of what remains to be written, so no nesting can
 * overflow the call stack.
 */
export function* dotChunks(graph: RootGraphModel): Generator<string> {
  if (graph.comment) refuse('comments');
  let chunk = `${graph.strict ? 'strict ' : ''}${graph.directed ? 'digraph ' : 'graph '}${graph.id ? `${quoteDot(graph.id)} ` : ''}{`;
  const pending: (string | Body | EdgeAt)[] = [{ model: graph, indent: INDENT }];
  while (pending.length > 0) {
    if (chunk.length >= CHUNK) {
      yield chunk;
      chunk = '';
    }
    const next = pending.pop()!;
    if (typeof next === 'string') {
      chunk += next;
      continue;
    }
    if ('edge' in next) {
      chunk += edgeText(next.edge, next.indent, graph.directed);
      continue;
    }
    // ts-graphviz's order: attributes, attribute lists, nodes, subgraphs, edges.
    const { model, indent } = next;
    const values = model.values;
    const lists = (Object.values(model.attributes) as AttributeListModel[]).filter((list) => list.size > 0);
    const nodes = model.nodes;
    const subgraphs = model.subgraphs;
    const edges = model.edges;
    for (const [key, value] of values) chunk += `${EOL}${indent}${key} = ${attributeValue(value, indent)};`;
    for (const list of lists) {
      if (list.comment) refuse('comments');
      chunk += `${EOL}${indent}${list.$$kind.toLowerCase()}${bracketed(list.values, indent)};`;
    }
    for (const child of nodes) {
      chunk += nodeText(child, indent);
      if (chunk.length >= CHUNK) {
        yield chunk;
        chunk = '';
      }
    }

    // What comes after the subgraphs waits on the stack until they are written.
    const empty = values.length + lists.length + nodes.length + subgraphs.length + edges.length === 0;
    pending.push(empty ? '}' : `${EOL}${indent.slice(INDENT.length)}}`);
    for (let i = edges.length - 1; i >= 0; i--) pending.push({ edge: edges[i]!, indent });
    for (let i = subgraphs.length - 1; i >= 0; i--) {
      const subgraph = subgraphs[i]!;
      if (subgraph.comment) refuse('comments');
      pending.push({ model: subgraph, indent: indent + INDENT }, `${EOL}${indent}subgraph${subgraph.id ? ` ${quoteDot(subgraph.id)}` : ''} {`);
    }
  }
  if (chunk !== '') yield chunk;
}
