/**
 * argmap/graphviz: a map as a Graphviz diagram. A subpath of its own, so that
 * importing 'argmap' for parsing, checking or the tree does not load
 * ts-graphviz's model (the CLI's check and tree never load it either).
 */
export { buildGraphvizModel } from './render/graphviz/model.js';
export { mapToDot, mapToDotChunks, mapToDotWithLayout } from './render/graphviz/to-dot.js';
export { DEFAULT_WRAP, type GraphvizOptions, type RankDir, type GroupBy } from './render/graphviz/options.js';
// Loads the WebAssembly Graphviz, resvg or the system dot only when called.
export { renderDiagram, type Diagram, type DiagramFormat, type Renderer } from './render/graphviz/render.js';
// The errors renderDiagram throws, to tell "Graphviz is not installed" from
// "Graphviz failed"; their module loads nothing else.
export { GraphvizMissingError, RenderError } from './render/graphviz/errors.js';
