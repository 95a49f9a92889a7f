import { Option, type Command } from 'commander';
import { realpath } from 'node:fs/promises';
import { evaluate, type Evaluation } from '../../evaluate/index.js';
import { mapToAifChunks, mapToArgdownChunks, mapToJsonText, mapToMermaid } from '../../interchange/index.js';
import type { Diagram, DiagramFormat, Renderer, RenderStage } from '../../render/graphviz/render.js';
import { DEFAULT_WRAP, type GraphvizOptions, type GroupBy, type RankDir } from '../../render/graphviz/options.js';
import { runContext, type CliIo, type GlobalOptions } from '../context.js';
import { CliError, EXIT } from '../exit-codes.js';
import { EXPORT_FORMATS, isTextFormat, resolveTarget, type ExportFormat, type ExportTarget, type TextFormat } from '../export-target.js';
import { exportHtml, isHtmlName } from '../html-export.js';
import { writeFileAtomic } from '../io.js';
import { loadMap, type LoadedMap } from '../load.js';
import { parseWhole, type RunState } from '../options.js';
import { startProgress } from '../progress.js';
import { reportProblems } from '../report.js';

// The Graphviz modules (ts-graphviz, WebAssembly, resvg) are imported only when
// a diagram is drawn, so that other commands start fast.

interface ExportOptions {
  format?: ExportFormat | 'html';
  source?: string;
  output?: string;
  renderer?: Renderer;
  wrap: number;
  rankdir: RankDir;
  groupBy?: GroupBy;
  ids?: boolean;
  legend: boolean;
  fullLayout?: boolean;
  quiet?: boolean;
  eval?: boolean;
}

export function registerExport(program: Command, io: CliIo, globals: () => GlobalOptions, state: RunState): void {
  program
    .command('export')
    .description('draw a map as a diagram (DOT, SVG, PNG with nothing to install; PDF with Graphviz) or an interactive page, or write it for other tools (JSON, Mermaid, AIF, Argdown)')
    .argument('<file>', 'the map; "-" reads standard input')
    .addOption(new Option('-f, --format <format>', 'dot, svg, png, pdf (diagrams); html (an interactive page); json, mermaid, aif, argdown (for other tools). Default: from the -o name, else svg').choices([...EXPORT_FORMATS, 'html']))
    .option('-o, --output <file>', 'write to this file; it is replaced whole or not at all (default: standard output)')
    .addOption(
      new Option('--renderer <renderer>', 'wasm: built in, nothing to install; dot: the Graphviz on the PATH (default for PDF)').choices([
        'wasm',
        'dot',
      ]),
    )
    .addOption(new Option('--wrap <n>', 'wrap statement text at n characters').default(DEFAULT_WRAP).argParser(parseWhole('--wrap', 1, 'characters')))
    .addOption(new Option('--rankdir <dir>', 'direction of the arrows; BT puts the theses on top').choices(['TB', 'BT', 'LR', 'RL']).default('BT'))
    .addOption(new Option('--group-by <what>', 'draw a box around the statements of each tag or speaker').choices(['tag', 'speaker']))
    .option('--ids', 'show the ids of statements and arguments')
    .option('--source <file>', 'html: show the passage of this text around each quote (default: the map\'s "source: file:")')
    .option('--no-legend', 'leave out the legend')
    .option('--eval', "show each statement's and argument's label from argmap eval: a mark in the box, the border's colour, a legend entry")
    .option('-q, --quiet', 'no progress or notes on stderr (progress shows only on a terminal anyway)')
    .option('--full-layout', 'lay out a big map (over 2,000 boxes) with full care: curved lines, the full search; slower')
    .addHelpText(
      'after',
      `
Examples:
  $ argmap export maps/unilateral-concessions.yaml -o map.svg
  $ argmap export maps/unilateral-concessions.yaml -o map.png --group-by tag
  $ argmap export maps/unilateral-concessions.yaml --format dot | dot -Tsvg > map.svg
  $ argmap export maps/unilateral-concessions.yaml -o map.pdf      # needs Graphviz
  $ argmap export maps/unilateral-concessions.yaml -o map.html     # interactive page
  $ argmap export maps/example.yaml -o map.json                    # also .mmd (Mermaid), .aif.json (AIF)
  $ argmap export maps/unilateral-concessions.yaml -o map.argdown  # Argdown text

Exits 0 when the diagram is written; 1 when the map does not follow the
format (a YAML error, a reference to a statement that does not exist…),
reported instead, and nothing is written: the consistency rules of argmap
check do not run here; 2 for a usage or I/O problem, such as a missing
Graphviz for PDF.`,
    )
    .action(async (file: string, options: ExportOptions) => {
      const context = runContext(io, globals());
      if (options.output !== undefined && file !== '-' && (await isSameFile(file, options.output))) {
        throw new CliError(`not writing over the map itself (${file}): give another name with -o.`);
      }
      const html = options.format === 'html' || (options.format === undefined && isHtmlName(options.output));
      const target = html ? undefined : resolveTarget({ ...options, format: options.format as ExportFormat | undefined }, io.stdout.isTTY === true);

      const quiet = options.quiet === true;
      // Parsing a big map, building its diagram, laying it out and rasterising
      // it block the process: each stage is shown before it starts.
      const progress = startProgress(io, quiet);
      // Whatever happens below, the spinner stops (done() may be called more than once).
      try {
        const loaded = await loadMap(file, context, progress);
        if (loaded.failed) {
          progress.done();
          await reportProblems(loaded, context);
          state.exitCode = EXIT.problems;
          return;
        }

        if (options.eval) await progress.stage('evaluating');
        const evaluation = options.eval ? evaluate(loaded.map) : undefined;
        if (target === undefined) {
          progress.done();
          await exportHtml(loaded, { graph: graphOptionsOf(options, evaluation), output: options.output, source: options.source, evaluation }, context);
          state.exitCode = EXIT.ok;
          return;
        }
        const format = target.format;
        if (isTextFormat(format)) {
          // AIF and Argdown come in chunks, made as they are written: the stage stays up while a file is written.
          await progress.stage(`writing ${FORMAT_NAMES[format]}`);
          const text = textExport(format, loaded);
          if (target.output !== undefined) await writeFileAtomic(target.output, text);
          else {
            progress.done();
            await context.outChunks(typeof text === 'string' ? [text] : text);
          }
          state.exitCode = EXIT.ok;
          return;
        }

        await progress.stage('building the diagram');
        const { mapToDotWithLayout, mapToDotChunks } = await import('../../render/graphviz/to-dot.js');
        const graphOptions = graphOptionsOf(options, evaluation);
        if (target.format === 'dot') {
          // Written as it is printed: DOT of a big map is tens of megabytes. The
          // model is built here, before any output file is created.
          const chunks = mapToDotChunks(loaded.map, graphOptions);
          if (target.output !== undefined) await writeFileAtomic(target.output, chunks);
          else {
            progress.done();
            await context.outChunks(chunks);
          }
          state.exitCode = EXIT.ok;
          return;
        }
        const layout = mapToDotWithLayout(loaded.map, graphOptions);
        // Layout and rasterising block the process, so a big map's stage is shown before they start.
        const long = layout.boxes > LONG_LAYOUT_BOXES;
        const stages = { layout: `laying out ${formatCount(layout.boxes)} boxes${layout.fastLayout ? ' (the fast way)' : ''}`, rasterise: 'drawing the PNG' };
        const diagram: Diagram = await render(layout.dot, { ...target, format }, options.renderer !== undefined, io.env, (stage) => progress.stage(stages[stage], { long }));
        progress.done();
        if (target.output !== undefined) await writeFileAtomic(target.output, diagram.data);
        else context.io.stdout.write(diagram.data);
        if (layout.fastLayout && !quiet) context.err(FAST_LAYOUT_NOTE);
        if (diagram.note !== undefined && !quiet) context.err(`argmap: note: ${diagram.note}\n`);
      } finally {
        progress.done();
      }
      state.exitCode = EXIT.ok;
    });
}

const FORMAT_NAMES: Record<TextFormat, string> = { json: 'JSON', mermaid: 'Mermaid', aif: 'AIF', argdown: 'Argdown' };

const FAST_LAYOUT_NOTE =
  'argmap: note: the map has over 2,000 boxes, so it is laid out the fast way (straight lines, a shorter search); --full-layout takes longer and draws it with full care.\n';

function graphOptionsOf(options: ExportOptions, evaluation: Evaluation | undefined): GraphvizOptions {
  return {
    wrap: options.wrap,
    rankdir: options.rankdir,
    groupBy: options.groupBy,
    ids: options.ids ?? false,
    legend: options.legend,
    fullLayout: options.fullLayout ?? false,
    ...(evaluation === undefined ? {} : { labels: evaluation.labels }),
  };
}

/** The map in a format for other tools (src/interchange): JSON, Mermaid, AIF or Argdown; the big ones in chunks, written as they are made. */
function textExport(format: TextFormat, { map, locator }: LoadedMap): string | Iterable<string> {
  if (format === 'json') return mapToJsonText(map, locator);
  if (format === 'argdown') return mapToArgdownChunks(map);
  return format === 'mermaid' ? mapToMermaid(map) : mapToAifChunks(map);
}

/** From about this many boxes, Graphviz takes a second or more (docs/performance.md). */
const LONG_LAYOUT_BOXES = 1000;

const formatCount = (count: number) => count.toLocaleString('en-US');

async function render(
  dot: string,
  target: ExportTarget & { format: DiagramFormat },
  rendererAsked: boolean,
  env: NodeJS.ProcessEnv,
  onStage: (stage: RenderStage) => Promise<void>,
): Promise<Diagram> {
  const { renderDiagram } = await import('../../render/graphviz/render.js');
  const { GraphvizMissingError, INSTALL_HINT, RenderError } = await import('../../render/graphviz/errors.js');
  try {
    return await renderDiagram(dot, target.format, target.renderer, env, onStage);
  } catch (error) {
    if (error instanceof GraphvizMissingError) {
      const what = target.format === 'pdf' ? 'PDF needs' : '--renderer dot needs';
      const instead = rendererAsked ? 'without --renderer dot, SVG and PNG need no install' : 'SVG and PNG need no install';
      throw new CliError(`${what} Graphviz, and \`dot\` is not on the PATH: ${INSTALL_HINT}; ${instead}.`);
    }
    if (error instanceof RenderError) throw new CliError(error.message, EXIT.internal);
    throw error;
  }
}

/** Whether two paths name the same file, symbolic links followed. A file that does not exist is no other file. */
async function isSameFile(a: string, b: string): Promise<boolean> {
  try {
    const [realA, realB] = await Promise.all([realpath(a), realpath(b)]);
    return realA === realB;
  } catch {
    return false;
  }
}
