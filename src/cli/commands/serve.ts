import { Option, type Command } from 'commander';
import { spawn } from 'node:child_process';
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { compareDiagnostics } from '../../diagnostics/types.js';
import { summaryOf } from '../../diagnostics/format-pretty.js';
import { plainPalette } from '../../text/palette.js';
import { escapeInline } from '../../text/escape.js';
import { runContext, type CliIo, type GlobalOptions } from '../context.js';
import { CliError, EXIT } from '../exit-codes.js';
import { loadMap, type LoadedMap } from '../load.js';
import { parseWhole, type RunState } from '../options.js';
import { writePrettyReport } from '../report.js';
import { sourcePathOf } from '../source.js';

/** Saves come in bursts (write, rename, touch): one re-render after the last of them. */
const DEBOUNCE_MS = 150;

export function registerServe(program: Command, io: CliIo, globals: () => GlobalOptions, state: RunState): void {
  program
    .command('serve')
    .description('preview a map in the browser, redrawn each time you save it')
    .argument('<file>', 'the map')
    .addOption(new Option('-p, --port <n>', 'port on 127.0.0.1; 0 picks a free one').default(8317).argParser(parseWhole('--port', 0)))
    .option('--host <address>', 'listen on this address instead of 127.0.0.1 (the page is then open to whoever can reach it)', '127.0.0.1')
    .option('--open', 'open the page in your browser')
    .option('--source <file>', 'show the passage of this text around each quote (default: the map\'s "source: file:")')
    .addHelpText(
      'after',
      `
Example:
  $ argmap serve maps/unilateral-concessions.yaml
  argmap: serving maps/unilateral-concessions.yaml at http://127.0.0.1:8317/ (Ctrl-C stops)

The page is the one argmap export --format html writes. It listens on
127.0.0.1 (unless --host says otherwise) and serves only that page and its
event stream; --open opens it in your browser. Each save of
the map (or its source text) redraws it, and the open page reloads keeping
its selection, zoom and filters; while the map has errors the page shows
them, as argmap check prints them, over the last map that had none.`,
    )
    .action(async (file: string, options: { port: number; source?: string; host: string; open?: boolean }) => {
      if (file === '-') throw new CliError('argmap serve needs a file to watch, not standard input.');
      const context = runContext(io, globals());
      const { makeHtmlPage } = await import('../html-page.js');
      const { startPreviewServer } = await import('../serve-server.js');
      let lastGood: LoadedMap | undefined;

      const render = async (): Promise<{ html: string; sourcePath?: string }> => {
        const loaded = await loadMap(file, context);
        const errors = loaded.diagnostics.some((diagnostic) => diagnostic.severity === 'error');
        if (!errors) lastGood = loaded;
        const problems = errors ? await problemsText(loaded) : undefined;
        const shown = lastGood ?? loaded;
        const { html } = await makeHtmlPage(shown, { graph: {}, live: true, ...(options.source === undefined ? {} : { source: options.source }), ...(problems === undefined ? {} : { problems }) }, context);
        const sourcePath = options.source ?? sourcePathOf(shown);
        return sourcePath === undefined ? { html } : { html, sourcePath };
      };

      const first = await render();
      let server;
      try {
        server = await startPreviewServer(first.html, options.port, options.host);
      } catch (error) {
        throw new CliError(`cannot listen on ${escapeInline(options.host)}:${options.port}: ${(error as Error).message}; give another --port, or 0 for any free one.`);
      }
      context.err(`argmap: serving ${escapeInline(file)} at ${server.url} (Ctrl-C stops)\n`);
      if (options.open) openInBrowser(server.url, (line) => context.err(line));

      const watchers: FSWatcher[] = [];
      let timer: NodeJS.Timeout | undefined;
      let watched = new Set<string>();
      const rewatch = (sourcePath: string | undefined): void => {
        // The folders, not the files: editors that save by renaming a new file over the old one end a file watch.
        const files = [resolve(file), ...(sourcePath === undefined ? [] : [resolve(sourcePath)])];
        const key = new Set(files);
        if ([...key].join('\n') === [...watched].join('\n')) return;
        for (const watcher of watchers.splice(0)) watcher.close();
        watched = key;
        for (const folder of new Set(files.map((path) => dirname(path)))) {
          const names = new Set(files.filter((path) => dirname(path) === folder).map((path) => basename(path)));
          watchers.push(watch(folder, (_event, name) => {
            if (name === null || names.has(name.toString())) schedule();
          }));
        }
      };
      const schedule = (): void => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          render().then(
            (next) => {
              rewatch(next.sourcePath);
              server.update(next.html);
            },
            (error: unknown) => context.err(`argmap: could not redraw ${escapeInline(file)}: ${escapeInline(String((error as Error).message ?? error))}\n`),
          );
        }, DEBOUNCE_MS);
      };
      rewatch(first.sourcePath);

      await new Promise<void>((done) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          done();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      await server.close();
      context.err('argmap: stopped\n');
      state.exitCode = EXIT.ok;
    });
}

/** The map's problems as `argmap check` prints them, without colour. */
async function problemsText(loaded: LoadedMap): Promise<string> {
  const diagnostics = [...loaded.diagnostics].sort(compareDiagnostics);
  let text = '';
  const collect = async (chunks: Iterable<string>) => {
    for (const chunk of chunks) text += chunk;
  };
  await writePrettyReport(collect, plainPalette, diagnostics, [loaded], summaryOf(diagnostics, plainPalette));
  return text;
}

/** Opens a URL with the system's opener (xdg-open, open, start); says so in one line when there is none. */
function openInBrowser(url: string, say: (line: string) => void): void {
  const [command, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
  child.on('error', () => say(`argmap: could not open a browser (${command} is not there); open ${url} yourself.\n`));
  child.unref();
}
