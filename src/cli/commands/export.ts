import { Option, type Command } from 'commander';
import { realpath } from 'node:fs/promises';
import type { Diagram, DiagramFormat, Renderer } from '../../render/graphviz/render.js';
import { DEFAULT_WRAP, type GroupBy, type RankDir } from '../../render/graphviz/options.js';
import { runContext, type CliIo, type GlobalOptions } from '../context.js';
import { CliError, EXIT } from '../exit-codes.js';
import { DIAGRAM_FORMATS, resolveTarget, type ExportTarget } from '../export-target.js';
import { writeFileAtomic } from '../io.js';
import { loadMap } from '../load.js';
import { parseWhole, type RunState } from '../options.js';
import { reportProblems } from '../report.js';
import { ARGDOWN, wantsArgdown, writeArgdown } from './export-argdown.js';

// The Graphviz modules (ts-graphviz, WebAssembly, resvg) are imported only when
// a diagram is drawn, so that other commands start fast.

interface ExportOptions {
  format?: DiagramFormat | typeof ARGDOWN;
  output?: string;
  renderer?: Renderer;
  wrap: number;
  rankdir: RankDir;
  groupBy?: GroupBy;
  ids?: boolean;
  legend: boolean;
}

export function registerExport(program: Command, io: CliIo, globals: () => GlobalOptions, state: RunState): void {
  program
    .command('export')
    .description('draw a map as a diagram: DOT, SVG or PNG with nothing to install; PDF with Graphviz; or write it as Argdown text')
    .argument('<file>', 'the map; "-" reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: from the -o name, else svg)').choices([...DIAGRAM_FORMATS, ARGDOWN]))
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
    .option('--no-legend', 'leave out the legend')
    .addHelpText(
      'after',
      `
Examples:
  $ argmap export maps/unilateral-concessions.yaml -o map.svg
  $ argmap export maps/unilateral-concessions.yaml -o map.png --group-by tag
  $ argmap export maps/unilateral-concessions.yaml --format dot | dot -Tsvg > map.svg
  $ argmap export maps/unilateral-concessions.yaml -o map.pdf      # needs Graphviz
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
      const argdown = wantsArgdown(options);
      const target = argdown ? undefined : resolveTarget({ ...options, format: options.format as DiagramFormat | undefined }, io.stdout.isTTY === true);

      const loaded = await loadMap(file, context);
      const { diagnostics } = loaded.result;
      if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) {
        await reportProblems(loaded, context);
        state.exitCode = EXIT.problems;
        return;
      }

      if (target === undefined) {
        await writeArgdown(loaded.result.map, options.output, context.io);
        state.exitCode = EXIT.ok;
        return;
      }
      const { mapToDot, mapToDotChunks } = await import('../../render/graphviz/to-dot.js');
      const graphOptions = {
        wrap: options.wrap,
        rankdir: options.rankdir,
        groupBy: options.groupBy,
        ids: options.ids ?? false,
        legend: options.legend,
      };
      if (target.format === 'dot') {
        // Written as it is printed: DOT of a big map is tens of megabytes. The
        // model is built here, before any output file is created.
        const chunks = mapToDotChunks(loaded.result.map, graphOptions);
        if (target.output !== undefined) await writeFileAtomic(target.output, chunks);
        else for (const chunk of chunks) context.io.stdout.write(chunk);
        state.exitCode = EXIT.ok;
        return;
      }
      const dot = mapToDot(loaded.result.map, graphOptions);
      const { data, note } = await render(dot, target, options.renderer !== undefined, io.env);
      if (target.output !== undefined) await writeFileAtomic(target.output, data);
      else context.io.stdout.write(data);
      if (note !== undefined) context.err(`argmap: note: ${note}\n`);
      state.exitCode = EXIT.ok;
    });
}

async function render(dot: string, target: ExportTarget, rendererAsked: boolean, env: NodeJS.ProcessEnv): Promise<Diagram> {
  const { renderDiagram } = await import('../../render/graphviz/render.js');
  const { RenderError } = await import('../../render/graphviz/render-svg.js');
  const { GraphvizMissingError, INSTALL_HINT } = await import('../../render/graphviz/system-dot.js');
  try {
    return await renderDiagram(dot, target.format, target.renderer, env);
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
