import { escapeTerminal } from '../text/escape.js';
import { plural } from '../text/plural.js';
import { plainPalette, type Palette } from '../text/palette.js';
import { approximateWidth, type DisplayWidth } from '../text/width.js';
import { createLocator, withoutBom, type Locator } from './locate.js';
import { compareDiagnostics, countDiagnostics, type Diagnostic, type DiagnosticCounts, type Severity } from './types.js';

export interface FormatOptions {
  /** Each file's text, or its locator (which already has the line table), by name, for code frames. Files not given get no frame. */
  sources?: ReadonlyMap<string, string | Locator>;
  palette?: Palette;
  displayWidth?: DisplayWidth;
}

// Long lines (a minified file, a 2 MB scalar) are shown as a window around the spot.
const FRAME_BEFORE = 60;
const FRAME_WIDTH = 160;

/**
 * Formats diagnostics like rustc and ESLint: a `file:line:col  severity
 * message  [code]` line (editors and terminals make it a link), the source
 * line with a caret under the spot, then the hint. Sorted by file, then
 * position. All text from the map is escaped on the way out.
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], options: FormatOptions = {}): string {
  const blocks = [...diagnosticBlocks([...diagnostics].sort(compareDiagnostics), options)];
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

/**
 * The same report one diagnostic at a time, so that a caller can write tens of
 * thousands of them without holding the whole report in memory. In the order
 * given: the caller sorts (the CLI sorts once, for every report format).
 */
export function* diagnosticBlocks(diagnostics: readonly Diagnostic[], options: FormatOptions = {}): Generator<string> {
  const palette = options.palette ?? plainPalette;
  const width = options.displayWidth ?? approximateWidth;
  const locators = new Map<string, Locator | undefined>();
  const locatorOf = (file: string) => {
    if (!locators.has(file)) {
      const given = options.sources?.get(file);
      locators.set(file, typeof given === 'string' ? createLocator(file, withoutBom(given)) : given);
    }
    return locators.get(file);
  };

  for (const diagnostic of diagnostics) {
    const out: string[] = [];
    const colour = severityColour(palette, diagnostic.severity);
    out.push(
      `${palette.bold(escapeTerminal(`${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`))}  ` +
        `${colour(diagnostic.severity)}  ${escapeTerminal(diagnostic.message)}  ${palette.dim(`[${diagnostic.code}]`)}`,
    );
    const line = locatorOf(diagnostic.file)?.lineText(diagnostic.line);
    if (line !== undefined) out.push(...frame(line, diagnostic, palette, colour, width));
    if (diagnostic.hint) out.push(`  ${palette.cyan('hint:')} ${escapeTerminal(diagnostic.hint)}`);
    for (const related of diagnostic.related ?? []) {
      out.push(
        `  ${palette.dim('note:')} ${escapeTerminal(related.message)} at ${escapeTerminal(`${related.file}:${related.line}:${related.column}`)}`,
      );
    }
    yield out.join('\n');
  }
}

/** "2 errors, 1 warning, 0 infos", coloured by what was found. */
export function formatSummary(counts: DiagnosticCounts, palette: Palette = plainPalette): string {
  const text = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')}`;
  if (counts.error > 0) return palette.red(palette.bold(`✖ ${text}`));
  if (counts.warning > 0) return palette.yellow(palette.bold(`⚠ ${text}`));
  return palette.green(`✔ ${text}`);
}

export function summaryOf(diagnostics: readonly Diagnostic[], palette?: Palette): string {
  return formatSummary(countDiagnostics(diagnostics), palette);
}

function severityColour(palette: Palette, severity: Severity): (text: string) => string {
  if (severity === 'error') return (text) => palette.red(palette.bold(text));
  if (severity === 'warning') return (text) => palette.yellow(palette.bold(text));
  return (text) => palette.blue(text);
}

function frame(line: string, diagnostic: Diagnostic, palette: Palette, colour: (text: string) => string, width: DisplayWidth): string[] {
  const column = Math.min(diagnostic.column - 1, line.length);
  const endColumn = diagnostic.endLine === diagnostic.line ? Math.min(diagnostic.endColumn - 1, line.length) : line.length;
  const windowStart = line.length <= FRAME_WIDTH ? 0 : Math.max(0, column - FRAME_BEFORE);
  const windowEnd = Math.min(line.length, windowStart + FRAME_WIDTH);
  const before = (windowStart > 0 ? '…' : '') + escapeTerminal(line.slice(windowStart, column));
  const marked = escapeTerminal(line.slice(column, Math.max(column, Math.min(endColumn, windowEnd))));
  const after = escapeTerminal(line.slice(Math.max(column, Math.min(endColumn, windowEnd)), windowEnd)) + (windowEnd < line.length ? '…' : '');
  const number = String(diagnostic.line);
  const gutter = ' '.repeat(number.length);
  return [
    `  ${palette.dim(`${number} |`)} ${before}${marked}${after}`,
    `  ${palette.dim(`${gutter} |`)} ${' '.repeat(width(before))}${colour('^'.repeat(Math.max(1, width(marked))))}`,
  ];
}
