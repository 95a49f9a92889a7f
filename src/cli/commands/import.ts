import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Option, type Command } from 'commander';
import { formatDiagnostics } from '../../diagnostics/format-pretty.js';
import { countDiagnostics, type Diagnostic } from '../../diagnostics/types.js';
import { IMPORT_FORMATS, importFormatOf, importFormatOfText, importText, type ImportFormat } from '../../interchange/index.js';
import { escapeTerminal } from '../../text/escape.js';
import { runContext, type CliIo, type GlobalOptions } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { readInput, STDIN_NAME, writeFileAtomic } from '../io.js';
import { LONG_PARSE_BYTES } from '../load.js';
import type { RunState } from '../options.js';
import { startProgress } from '../progress.js';

interface ImportOptions {
  from?: ImportFormat;
  output?: string;
  quiet?: boolean;
}

export function registerImport(program: Command, io: CliIo, globals: () => GlobalOptions, state: RunState): void {
  program
    .command('import')
    .description('turn an AIF (AIFdb JSON) file, an Argdown document or an ICCMA framework (APX, TGF, ICCMA 2023) into an argmap map')
    .argument('<file>', 'the file to import; "-" reads standard input (then give --from)')
    .addOption(new Option('--from <format>', 'the file\'s format (default: from its extension, .json AIF, .argdown, .apx, .tgf, .af ICCMA 2023, else from its content)').choices(IMPORT_FORMATS))
    .option('-o, --output <file>', 'write the map to this file, whole or not at all (default: standard output)')
    .option('-q, --quiet', 'no progress on stderr while a big file is converted (it shows only on a terminal anyway)')
    .addHelpText(
      'after',
      `
Examples:
  $ argmap import nodeset6362.json -o debate.yaml
  $ argmap import debate.argdown -o debate.yaml
  $ argmap import framework.apx | argmap eval -
  $ argmap import instance.af -o instance.yaml     # names from instance.af.map when it is there

What a format says that argmap cannot (AIF preferences, dialogue moves) is
left out with a warning on stderr; docs/interchange.md lists what is kept.
Exits 0 when the map is written (with or without warnings); 1 when the file
cannot be read as that format (nothing is written); 2 for a usage or I/O problem.`,
    )
    .action(async (file: string, options: ImportOptions) => {
      const context = runContext(io, globals());
      const name = file === '-' ? STDIN_NAME : file;
      const bytes = await readInput(file, context.maxBytes, () => io.stdin);
      const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
      // The name tells the format, else the content does.
      const format = options.from ?? importFormatOf(file) ?? importFormatOfText(text);
      const sideTable = format === 'iccma' && file !== '-' ? await readFile(`${file}.map`, 'utf8').catch(() => undefined) : undefined;
      const progress = startProgress(io, options.quiet === true);
      let diagnostics: Diagnostic[];
      // The map's text, when the file could be read as that format.
      let yaml: string | undefined;
      try {
        await progress.stage(`reading ${FORMAT_NAMES[format]}`, { long: bytes.length >= LONG_PARSE_BYTES });
        const imported = await importText(text, name, format, sideTable);
        diagnostics = imported.diagnostics;
        if (imported.document !== undefined && countDiagnostics(diagnostics).error === 0) {
          await progress.stage('writing the map');
          // The yaml package lays the map out: loaded only here, as by fmt.
          const { writeMapData } = await import('../../authoring/write-data.js');
          yaml = mapHeader(name, format, options.output) + writeMapData(imported.document);
        }
      } finally {
        progress.done();
      }

      if (diagnostics.length > 0) context.err(formatDiagnostics(diagnostics, { sources: new Map([[name, text]]), palette: context.stderrPalette }));
      if (yaml === undefined) {
        state.exitCode = EXIT.problems;
        return;
      }
      if (options.output !== undefined && options.output !== '-') await writeFileAtomic(options.output, yaml);
      else await context.outChunks([yaml]);
      state.exitCode = EXIT.ok;
    });
}

const FORMAT_NAMES: Record<ImportFormat, string> = { aif: 'AIF', argdown: 'Argdown', apx: 'APX', tgf: 'TGF', iccma: 'ICCMA 2023' };

/**
 * The JSON Schema that ships with argmap, which editors with the YAML language
 * server complete and check keys from: beside the bundle (dist/bundle/ →
 * schema/), else in the folder argmap runs from (a checkout, in tests).
 */
function schemaFile(): string {
  const candidates = [...(typeof __dirname === 'string' ? [join(__dirname, '..', '..', 'schema', 'argmap.schema.json')] : []), resolve('schema', 'argmap.schema.json')];
  return candidates.find((candidate) => existsSync(candidate)) ?? candidates[candidates.length - 1]!;
}

/** The comments a written map starts with: the schema for editors, and where the map came from. */
function mapHeader(file: string, format: ImportFormat, output: string | undefined): string {
  const folder = output === undefined || output === '-' ? process.cwd() : dirname(resolve(output));
  const schema = relative(folder, schemaFile()).split(sep).join('/');
  const source = escapeTerminal(file).replace(/[\r\n]/g, ' ');
  return `# yaml-language-server: $schema=${schema}\n# Imported by argmap from ${source} (${FORMAT_NAMES[format]}). docs/interchange.md says what the import keeps.\n`;
}
