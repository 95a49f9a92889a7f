/**
 * The benchmark's report (bench/run.ts): the table of timings and the targets
 * of issue 7, each marked met or not, as Markdown for docs/performance.md.
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
  commands: string[];
  rows: Row[];
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

  const ratio = startup ? startup.check / startup.node : undefined;
  const targets = [
    `| \`check\` on the article map, against \`node -e 0\` | ≤ 1.6× | ${
      startup && ratio !== undefined
        ? `${ratio.toFixed(2)}× (${startup.check.toFixed(3)} s against ${startup.node.toFixed(3)} s): ${ratio <= 1.6 ? MET : NOT_MET}`
        : 'not measured (no article map)'
    } |`,
    `| 10,000: check | < 0.3 s | ${verdict(at(10_000, 'check')?.seconds, 0.3)} |`,
    `| 10,000: tree | < 0.5 s | ${verdict(at(10_000, 'tree')?.seconds, 0.5)} |`,
    `| 10,000: DOT | < 0.5 s | ${verdict(at(10_000, 'export dot')?.seconds, 0.5)} |`,
    `| 100,000: check | < 2.5 s | ${verdict(at(100_000, 'check')?.seconds, 2.5)} |`,
    `| 100,000: tree | < 3 s | ${verdict(at(100_000, 'tree')?.seconds, 3)} |`,
    `| 100,000: DOT | < 3 s | ${verdict(at(100_000, 'export dot')?.seconds, 3)} |`,
    ...['export aif', 'export argdown', 'import aif'].map((name) => `| 100,000: ${name} | < 3 s | ${verdict(at(100_000, name)?.seconds, 3)} |`),
    ...['check', 'tree', 'export dot'].map((name) => `| 100,000: ${name} peak memory | < 400 MB | ${verdict(at(100_000, name)?.megabytes, 400, 'MB')} |`),
    ...['eval', 'eval dfquad'].map((name) => {
      const ratio = at(100_000, name) && at(100_000, 'check') ? at(100_000, name)!.seconds / at(100_000, 'check')!.seconds : undefined;
      return `| 100,000: ${name} against check | ≤ 1.3× | ${ratio === undefined ? 'not measured' : `${ratio.toFixed(2)}×: ${ratio <= 1.3 ? MET : NOT_MET}`} |`;
    }),
    ...['check', 'tree', 'export dot', 'eval', 'eval dfquad'].map((name) => {
      const small = at(10_000, name)?.seconds;
      const big = at(100_000, name)?.seconds;
      const growth = small && big ? big / small : undefined;
      return `| ${name}: growth from 10,000 to 100,000 | ≤ 12× | ${growth === undefined ? 'not measured' : `${growth.toFixed(1)}×: ${growth <= 12 ? MET : NOT_MET}`} |`;
    }),
  ].join('\n');

  const [loadBefore, loadAfter] = measured.load;
  return `Measured ${measured.date} on ${measured.machine}${measured.quick ? ' (quick run)' : ''}; one-minute load average ${loadBefore.toFixed(2)} at the start and ${loadAfter.toFixed(2)} at the end. Cold whole-process runs of \`bin/argmap\`, after one warm-up run: the median wall time of ${measured.quick ? 3 : '3 (100,000 statements), 5 (10,000) or 9'} runs, their range, and the CPU time and peak memory (RSS) of one more run. \`node -e 0\` and \`check\` on the article's map were run in turns, ${measured.quick ? 11 : 31} times each.

${table}

| target | goal | measured |
| --- | --- | --- |
${targets}`;
}
