/**
 * The benchmark's report (bench/run.ts): the table of timings and the targets
 * of issue 18, each marked met or not, as Markdown for docs/performance.md.
 */

export interface Cell {
  /** Median wall time of the timed runs, and their spread. */
  seconds: number;
  min: number;
  max: number;
  /** Peak RSS and CPU time (user + system) of one more run, from the probe. */
  megabytes: number | undefined;
  cpuSeconds: number | undefined;
}

export interface Row {
  statements: number;
  results: Map<string, Cell | undefined>;
}

export interface Measurements {
  machine: string;
  date: string;
  /** One-minute load average when the run began and when it ended. */
  load: [number, number];
  quick: boolean;
  /** Median wall times of `node -e 0` and of `argmap check` on the article's map, run in turns. */
  startup: { node: number; check: number } | undefined;
  /** The same with NODE_EXTRA_CA_CERTS set, which slows bare node's start on some machines. */
  startupWithCertificates?: { node: number; check: number } | undefined;
  commands: string[];
  rows: Row[];
  /** `import` of an AIF file of 100,000 nodes (issue 13's goal), exported from a map of `statements` statements; the file's size in MB. */
  importAif?: { nodes: number; statements: number; megabytes: number; cell: Cell } | undefined;
  /** `argmap lsp` on the 10,000-statement map (bench/lsp.ts), in milliseconds. */
  lsp?: { firstDiagnostics: number; diagnostics: number[]; completion: number[] } | undefined;
}

const MET = '**met**';
const NOT_MET = '**not met**';

function cellText(cell: Cell | undefined): string {
  if (!cell) return 'n/a';
  const spread = `${cell.min.toFixed(2)}–${cell.max.toFixed(2)}`;
  const cpu = cell.cpuSeconds === undefined ? '' : `, CPU ${cell.cpuSeconds.toFixed(2)} s`;
  const memory = cell.megabytes === undefined ? '' : `, ${Math.round(cell.megabytes)} MB`;
  return `${cell.seconds.toFixed(3)} s (${spread}${cpu})${memory}`;
}

export function reportOf(measured: Measurements): string {
  const { commands, rows, startup } = measured;
  const at = (size: number, name: string) => rows.find((row) => row.statements === size)?.results.get(name);
  const verdict = (value: number | undefined, limit: number, unit: 's' | 'MB' = 's') =>
    value === undefined ? 'not measured' : `${value.toFixed(unit === 'MB' ? 0 : 3)} ${unit}: ${value < limit ? MET : NOT_MET}`;

  const table = [
    `| statements | ${commands.join(' | ')} |`,
    `| ---: | ${commands.map(() => '---:').join(' | ')} |`,
    ...rows.map(
      (row) =>
        `| ${row.statements.toLocaleString('en-US')} | ${commands.map((name) => (row.results.has(name) ? cellText(row.results.get(name)) : '(skipped)')).join(' | ')} |`,
    ),
  ].join('\n');

  // Where five times Argdown's speed leaves less time than Node and js-yaml take on the map alone (bench/floor.cjs), no design on them can meet the goal.
  const belowFloor = (size: number, theirs: string): string => {
    const floor = at(size, 'floor')?.seconds;
    const budget = (at(size, theirs)?.seconds ?? 0) / 5;
    if (floor === undefined || floor < budget) return '';
    return `; cannot be: 5× leaves ${budget.toFixed(3)} s, and Node with js-yaml reading the map, and nothing else, takes ${floor.toFixed(3)} s`;
  };
  const startupRow = (measured: { node: number; check: number } | undefined, what: string) => {
    if (!measured) return `| \`check\` on the article map, against \`node -e 0\`${what} | ≤ 1.6× | not measured |`;
    const ratio = measured.check / measured.node;
    return `| \`check\` on the article map, against \`node -e 0\`${what} | ≤ 1.6× | ${ratio.toFixed(2)}× (${measured.check.toFixed(3)} s against ${measured.node.toFixed(3)} s): ${ratio <= 1.6 ? MET : NOT_MET} |`;
  };
  const targets = [
    startupRow(startup, ', without NODE_EXTRA_CA_CERTS'),
    startupRow(measured.startupWithCertificates, ', with NODE_EXTRA_CA_CERTS'),
    `| 10,000: check | ≤ 0.25 s | ${verdict(at(10_000, 'check')?.seconds, 0.25)} |`,
    `| 10,000: tree | ≤ 0.3 s | ${verdict(at(10_000, 'tree')?.seconds, 0.3)} |`,
    `| 10,000: DOT | ≤ 0.3 s | ${verdict(at(10_000, 'export dot')?.seconds, 0.3)} |`,
    `| 10,000: SVG | ≤ 5 s | ${verdict(at(10_000, 'export svg')?.seconds, 5)} |`,
    `| 100,000: check | ≤ 1.5 s | ${verdict(at(100_000, 'check')?.seconds, 1.5)} |`,
    `| 100,000: DOT | ≤ 2 s | ${verdict(at(100_000, 'export dot')?.seconds, 2)} |`,
    `| 100,000: DOT peak memory | ≤ 300 MB | ${verdict(at(100_000, 'export dot')?.megabytes, 300, 'MB')} |`,
    ...rows.flatMap((row) =>
      [
        ['check', 'argdown json', 'check against Argdown\'s parser and model (`argdown json`)'],
        ['export dot', 'argdown dot', 'DOT against Argdown\'s (`argdown map --format dot`)'],
      ].map(([ours, theirs, what]) => {
        const ratio = at(row.statements, ours!) && at(row.statements, theirs!) ? at(row.statements, theirs!)!.seconds / at(row.statements, ours!)!.seconds : undefined;
        const result = ratio === undefined ? 'not measured' : ratio >= 5 ? `${ratio.toFixed(1)}×: ${MET}` : `${ratio.toFixed(1)}×: ${NOT_MET}${belowFloor(row.statements, theirs!)}`;
        return `| ${row.statements.toLocaleString('en-US')}: ${what} | ≥ 5× | ${result} |`;
      }),
    ),
    ...['export aif', 'export argdown'].map((name) => `| 100,000: ${name} | < 3 s | ${verdict(at(100_000, name)?.seconds, 3)} |`),
    importAifRow(measured.importAif),
    ...['eval', 'eval dfquad'].map((name) => {
      const ratio = at(100_000, name) && at(100_000, 'check') ? at(100_000, name)!.seconds / at(100_000, 'check')!.seconds : undefined;
      return `| 100,000: ${name} against check | ≤ 1.3× | ${ratio === undefined ? 'not measured' : `${ratio.toFixed(2)}×: ${ratio <= 1.3 ? MET : NOT_MET}`} |`;
    }),
    `| 100,000: fmt | < 10 s | ${verdict(at(100_000, 'fmt')?.seconds, 10)} |`,
    ...lspTargets(measured.lsp),
    ...['check', 'tree', 'export dot', 'eval', 'eval dfquad', 'export aif', 'export argdown', 'import aif', 'fmt'].map((name) => {
      const small = at(10_000, name)?.seconds;
      const big = at(100_000, name)?.seconds;
      const growth = small && big ? big / small : undefined;
      return `| ${name}: growth from 10,000 to 100,000 | ≤ 12× | ${growth === undefined ? 'not measured' : `${growth.toFixed(1)}×: ${growth <= 12 ? MET : NOT_MET}`} |`;
    }),
  ].join('\n');

  const [loadBefore, loadAfter] = measured.load;
  const lspNote = measured.lsp
    ? ` The language server was driven over its stdio with the 10,000-statement map open (bench/lsp.ts): ${measured.lsp.diagnostics.length} edits, each timed until its diagnostics, and as many edits each followed at once by a completion request, timed until the answer; the first diagnostics, on opening, took ${measured.lsp.firstDiagnostics.toFixed(0)} ms.`
    : '';
  return `Measured ${measured.date} on ${measured.machine}${measured.quick ? ' (quick run)' : ''}; one-minute load average ${loadBefore.toFixed(2)} at the start and ${loadAfter.toFixed(2)} at the end. Cold whole-process runs of \`bin/argmap\`, after one warm-up run: the median wall time of ${measured.quick ? 3 : '3 (100,000 statements), 5 (10,000) or 9'} runs, their range, and the CPU time and peak memory (RSS) of one more run (Argdown's pipeline at 100,000 statements: one run, in a worker thread with a 512 MB stack, since its parser overflows Node's default stack there). \`node -e 0\` and \`check\` on the article's map were run in turns, ${measured.quick ? 11 : 31} times each, without and then with NODE_EXTRA_CA_CERTS.${lspNote}

${table}

| target | goal | measured |
| --- | --- | --- |
${targets}`;
}

/** Issue 13's import goal: an AIF file of 100,000 nodes (the table's `import aif` column is by statements, several nodes each). */
function importAifRow(measured: Measurements['importAif']): string {
  if (!measured) return '| AIF file of 100,000 nodes: import aif | < 3 s | not measured |';
  const { nodes, statements, megabytes, cell } = measured;
  const what = `AIF file of ${nodes.toLocaleString('en-US')} nodes (${megabytes.toFixed(0)} MB, a map of ${statements.toLocaleString('en-US')} statements): import aif`;
  const cpu = cell.cpuSeconds === undefined ? '' : `, CPU ${cell.cpuSeconds.toFixed(2)} s`;
  const memory = cell.megabytes === undefined ? '' : `, ${Math.round(cell.megabytes)} MB`;
  const shown = `${cell.seconds.toFixed(3)} s (${cell.min.toFixed(2)}–${cell.max.toFixed(2)}${cpu}${memory})`;
  return `| ${what} | < 3 s | ${shown}: ${cell.seconds < 3 ? MET : NOT_MET} |`;
}

/** The language server's goals (issue 15): the median of the edits, and the slowest. */
function lspTargets(lsp: Measurements['lsp']): string[] {
  const row = (what: string, goal: number, times: number[] | undefined) => {
    if (times === undefined || times.length === 0) return `| 10,000: ${what} | < ${goal} ms | not measured |`;
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    return `| 10,000: ${what} | < ${goal} ms | median ${median.toFixed(0)} ms (${sorted[0]!.toFixed(0)}–${sorted[sorted.length - 1]!.toFixed(0)}): ${median < goal ? MET : NOT_MET} |`;
  };
  return [row('lsp diagnostics after an edit', 300, lsp?.diagnostics), row('lsp completion after an edit', 50, lsp?.completion)];
}
