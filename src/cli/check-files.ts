import type { SourceText } from '../check/rule.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/types.js';
import type { RuleLevel } from '../model/types.js';
import { escapeTerminal } from '../text/escape.js';
import type { RunContext } from './context.js';
import { CliError } from './exit-codes.js';
import { checkParsed } from '../pipeline.js';
import { loadMap, type LoadedMap } from './load.js';
import { sourcePathOf, sourceReader } from './source.js';

export interface CheckedFiles {
  /** The maps that could be read, in the order given. */
  loaded: LoadedMap[];
  /** Every map's diagnostics, sorted once for every report format: by file, line, column, code. */
  diagnostics: Diagnostic[];
  /** Whether some file could not be read (each said so in one line on stderr). */
  unreadable: boolean;
}

/**
 * What `argmap check` does: reads each map, keeps its parse diagnostics, and
 * runs the rules over the maps that parse without errors (as a compiler
 * stops after a syntax error). A file that cannot be read is reported and
 * skipped; a `--source` that cannot be read ends the run (exit 2).
 */
export async function checkFiles(
  files: readonly string[],
  context: RunContext,
  options: { rules: Readonly<Record<string, RuleLevel>>; source?: string },
): Promise<CheckedFiles> {
  // A second read of standard input would find it empty, and both would be named <stdin>.
  if (files.indexOf('-') !== files.lastIndexOf('-')) {
    throw new CliError('standard input (-) can be read only once: give - once among the files.');
  }
  const readSource = sourceReader(context);
  let forcedSource: SourceText | undefined;
  if (options.source !== undefined) {
    forcedSource = await readSource(options.source);
    if ('error' in forcedSource) throw new CliError(forcedSource.error);
  }

  const loaded: LoadedMap[] = [];
  let unreadable = false;
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    let map: LoadedMap;
    try {
      map = await loadMap(file, context);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      context.err(`argmap: ${escapeTerminal(error.message)}\n`);
      unreadable = true;
      continue;
    }
    loaded.push(map);
    // Not push(...list): spreading more than ~120,000 items overflows the call stack.
    for (const diagnostic of map.diagnostics) diagnostics.push(diagnostic);
    if (map.failed) continue;
    const sourcePath = sourcePathOf(map);
    const source = forcedSource ?? (sourcePath === undefined ? undefined : await readSource(sourcePath));
    for (const diagnostic of checkParsed(map, { rules: options.rules, ...(source ? { source } : {}) })) diagnostics.push(diagnostic);
  }
  return { loaded, diagnostics: diagnostics.sort(compareDiagnostics), unreadable };
}
