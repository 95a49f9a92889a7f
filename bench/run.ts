/**
 * `npm run bench`: cold whole-process timings of the CLI on generated maps of
 * 100 to 100,000 statements (and on the article's map, against a bare
 * `node -e 0`), each the median of several runs, with peak memory and CPU
 * time. Prints a table and rewrites the generated part of
 * docs/performance.md. A benchmark, not a test: nothing here fails on a slow
 * machine.
 *
 *   npm run bench                 # everything
 *   npm run bench -- --quick      # fewer runs, up to 10,000 statements; writes nothing
 *
 * Timed runs are plain `node bin/argmap …`. Peak memory and CPU time come
 * from one more run with a probe loaded (`--import`), which reports them as
 * the child exits: Node gives no child's resource usage, and the probe's own
 * start-up cost stays out of the times.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { generateMap } from './generate.js';
import { measureLsp } from './lsp.js';
import { reportOf, type Cell, type Measurements, type Row } from './report.js';

// npm runs scripts from the package root; the bundled harness lives in dist/bench.
const root = process.cwd();
const bin = join(root, 'bin', 'argmap');
if (!existsSync(bin)) throw new Error(`Run the benchmark from the argmap folder (npm run bench); no ${bin} here.`);
const quick = process.argv.includes('--quick');
const work = mkdtempSync(join(tmpdir(), 'argmap-bench-'));
// Removed however the run ends, a failed step's throw included.
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const probe = join(work, 'probe.mjs');
const probeOut = join(work, 'probe.txt');
writeFileSync(
  probe,
  "import { writeFileSync } from 'node:fs';\n" +
    "process.on('exit', () => { const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();\n" +
    '  writeFileSync(process.env.ARGMAP_BENCH_PROBE, `${maxRSS} ${(userCPUTime + systemCPUTime) / 1e6}`); });\n',
);

/** One cold run: its wall time in seconds, or undefined if it failed (generated maps are valid, so anything but the expected exit code, 0 unless said, is a failure). */
function timeOnce(args: string[], timeoutSeconds: number, withProbe = false, exitCode = 0, env: NodeJS.ProcessEnv = process.env): number | undefined {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, withProbe ? ['--import', probe, ...args] : args, {
    cwd: root,
    env: { ...env, ARGMAP_BENCH_PROBE: probeOut, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: timeoutSeconds * 1000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return run.status === exitCode && !run.error ? seconds : undefined;
}

/** Peak RSS (MB) and CPU time (s) of one run, from the probe. */
function probeOnce(args: string[], timeoutSeconds: number, exitCode: number): { megabytes: number; cpuSeconds: number } | undefined {
  rmSync(probeOut, { force: true });
  if (timeOnce(args, timeoutSeconds, true, exitCode) === undefined || !existsSync(probeOut)) return undefined;
  const [kilobytes, cpuSeconds] = readFileSync(probeOut, 'utf8').split(' ').map(Number);
  return { megabytes: kilobytes! / 1024, cpuSeconds: cpuSeconds! };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function measure(args: string[], runs: number, timeoutSeconds = 180, options: { warm?: boolean; probe?: boolean; exitCode?: number } = {}): Cell | undefined {
  const exitCode = options.exitCode ?? 0;
  if (options.warm !== false && timeOnce(args, timeoutSeconds, false, exitCode) === undefined) return undefined; // warms the file cache; not counted
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const seconds = timeOnce(args, timeoutSeconds, false, exitCode);
    if (seconds === undefined) return undefined;
    times.push(seconds);
  }
  const probed = options.probe === false ? undefined : probeOnce(args, timeoutSeconds, exitCode);
  return { seconds: median(times), min: Math.min(...times), max: Math.max(...times), megabytes: probed?.megabytes, cpuSeconds: probed?.cpuSeconds };
}

/**
 * `node -e 0` and `argmap check` on the article's map, run in turns so that
 * both see the same load; the medians of each.
 */
function startupRatio(article: string, rounds: number, env: NodeJS.ProcessEnv): { node: number; check: number } {
  const node: number[] = [];
  const check: number[] = [];
  timeOnce(['-e', '0'], 30, false, 0, env);
  timeOnce([bin, 'check', article], 30, false, 0, env);
  for (let i = 0; i < rounds; i++) {
    node.push(timeOnce(['-e', '0'], 30, false, 0, env)!);
    check.push(timeOnce([bin, 'check', article], 30, false, 0, env)!);
  }
  return { node: median(node), check: median(check) };
}

/**
 * The environment with and without NODE_EXTRA_CA_CERTS, which makes every
 * node read a certificate bundle as it starts (about 40 ms on some
 * machines): bare node's time, the ratio's denominator, moves with it.
 * Without it set here, it is set to the system's bundle, if there is one.
 */
function certificateVariants(): { with?: NodeJS.ProcessEnv; without: NodeJS.ProcessEnv } {
  const { NODE_EXTRA_CA_CERTS: bundle, ...without } = process.env;
  const systemBundle = ['/etc/ssl/certs/ca-certificates.crt', '/etc/pki/tls/certs/ca-bundle.crt'].find((file) => existsSync(file));
  const certificates = bundle ?? systemBundle;
  return { without, ...(certificates === undefined ? {} : { with: { ...without, NODE_EXTRA_CA_CERTS: certificates } }) };
}

const sizes = quick ? [100, 1_000, 10_000] : [100, 1_000, 10_000, 100_000];
const runsFor = (size: number) => (quick ? 3 : size >= 100_000 ? 3 : size >= 10_000 ? 5 : 9);

/**
 * Each command on each map (`map` is the YAML file; `.argdown`, `.aif.json`
 * and `.formatted.yaml` beside it hold the same map in Argdown, in AIF, and
 * as fmt writes it). Argdown's own pipeline (bench/argdown-run.cjs) runs on
 * the Argdown file, so the ratios are measured in the same run; at 100,000
 * statements it takes minutes, so it runs once there, without a warm-up.
 */
const argdownRun = join(root, 'bench', 'argdown-run.cjs');
// Node, js-yaml and the map's events, nothing else (bench/floor.cjs): under 1 MB, where the CLI too reads a map whole.
const floorRun = join(root, 'bench', 'floor.cjs');
const once = (size: number) => size >= 100_000;
const commands: { name: string; args: (map: string) => string[]; maxSize: number; slow?: boolean }[] = [
  { name: 'floor', args: (map) => [floorRun, map, join(work, 'js-yaml.cache')], maxSize: 1_000 },
  { name: 'check', args: (map) => [bin, 'check', map], maxSize: Infinity },
  { name: 'argdown json', args: (map) => [argdownRun, 'json', map.replace(/\.yaml$/, '.argdown')], maxSize: Infinity, slow: true },
  { name: 'tree', args: (map) => [bin, 'tree', '--width', '100', map], maxSize: Infinity },
  { name: 'export dot', args: (map) => [bin, 'export', '--format', 'dot', map], maxSize: Infinity },
  { name: 'argdown dot', args: (map) => [argdownRun, 'dot', map.replace(/\.yaml$/, '.argdown')], maxSize: Infinity, slow: true },
  { name: 'eval', args: (map) => [bin, 'eval', map], maxSize: Infinity },
  { name: 'eval dfquad', args: (map) => [bin, 'eval', '--semantics', 'dfquad', map], maxSize: Infinity },
  { name: 'export aif', args: (map) => [bin, 'export', '--format', 'aif', map], maxSize: Infinity },
  { name: 'export argdown', args: (map) => [bin, 'export', '--format', 'argdown', map], maxSize: Infinity },
  // An AIF file of 100,000 statements is over the default size limit.
  { name: 'import aif', args: (map) => [bin, '--max-size', '400', 'import', map.replace(/\.yaml$/, '.aif.json')], maxSize: Infinity },
  // Argdown's parser cannot read the Argdown of 100,000 statements (its stack overflows): up to 10,000.
  { name: 'import argdown', args: (map) => [bin, 'import', map.replace(/\.yaml$/, '.argdown')], maxSize: 10_000 },
  { name: 'fmt', args: (map) => [bin, 'fmt', '--check', map.replace(/\.yaml$/, '.formatted.yaml')], maxSize: Infinity },
  // Graphviz layout is superlinear; big maps are laid out the fast way (over 2,000 boxes).
  { name: 'export svg', args: (map) => [bin, 'export', '-o', join(work, 'out.svg'), map], maxSize: 10_000 },
];

/** The same map in the other formats the commands read, made by argmap itself. */
function writeCompanions(map: string): void {
  const run = (args: string[]) => {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: 'ignore', timeout: 600_000 });
    if (result.status !== 0) throw new Error(`argmap ${args.join(' ')} exited ${result.status}`);
  };
  run(['export', '--format', 'argdown', '-o', map.replace(/\.yaml$/, '.argdown'), map]);
  run(['export', '--format', 'aif', '-o', map.replace(/\.yaml$/, '.aif.json'), map]);
  const formatted = map.replace(/\.yaml$/, '.formatted.yaml');
  writeFileSync(formatted, readFileSync(map));
  run(['fmt', formatted]);
}

const loadBefore = loadavg()[0]!;
const article = join(root, 'maps', 'unilateral-concessions.yaml');
const variants = certificateVariants();
const startupRounds = quick ? 11 : 31;
const startup = existsSync(article) ? startupRatio(article, startupRounds, variants.without) : undefined;
const startupWithCertificates = existsSync(article) && variants.with ? startupRatio(article, startupRounds, variants.with) : undefined;
for (const [what, measured] of [['', startup], [' with NODE_EXTRA_CA_CERTS', startupWithCertificates]] as const) {
  if (measured) process.stderr.write(`  startup${what}: node -e 0 ${measured.node.toFixed(3)} s, check article ${measured.check.toFixed(3)} s\n`);
}

const rows: Row[] = [];
for (const size of sizes) {
  const generated = generateMap({ statements: size, seed: 1, sourceFile: `gen-${size}.txt` });
  const map = join(work, `gen-${size}.yaml`);
  writeFileSync(map, generated.yaml);
  writeFileSync(join(work, `gen-${size}.txt`), generated.source);
  writeCompanions(map);
  const results = new Map<string, Cell | undefined>();
  for (const command of commands) {
    if (size > command.maxSize) continue;
    const slowHere = command.slow === true && once(size);
    const cell = slowHere ? measure(command.args(map), 1, 900, { warm: false, probe: false }) : measure(command.args(map), runsFor(size));
    results.set(command.name, cell);
    process.stderr.write(`  ${size} ${command.name}: ${cell ? `${cell.seconds.toFixed(3)} s, ${cell.megabytes?.toFixed(0)} MB` : 'n/a'}\n`);
  }
  rows.push({ statements: size, results });
}

// Issue 13's import goal is for an AIF file of 100,000 nodes. A map's AIF has
// several nodes per statement (an RA or CA per argument, an L and a YA per
// statement a speaker asserts), so the map is sized from the 10,000
// statements' file, then grown until its AIF has that many.
const importNodes = quick ? undefined : measureImportOf(100_000);

// The language server on the 10,000-statement map, as an editor drives it.
const lspMap = join(work, 'gen-10000.yaml');
const lsp = existsSync(lspMap) ? await measureLsp(bin, root, lspMap, quick ? 7 : 21) : undefined;
if (lsp) process.stderr.write(`  10000 lsp: diagnostics ${lsp.diagnostics.map((ms) => ms.toFixed(0)).join(' ')} ms; completion ${lsp.completion.map((ms) => ms.toFixed(0)).join(' ')} ms\n`);

/** `import` of an AIF file of at least `nodes` nodes, made by exporting a generated map. */
function measureImportOf(nodes: number): Measurements['importAif'] {
  const nodesIn = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { nodes: unknown[] }).nodes.length;
  const sample = join(work, 'gen-10000.aif.json');
  const perStatement = (existsSync(sample) ? nodesIn(sample) : 0) / 10_000 || 3.5;
  let statements = Math.ceil(nodes / perStatement / 100) * 100;
  // Each try adds 2 %: a few are plenty, more would mean the export lost nodes.
  for (let tries = 0; tries < 10; tries++) {
    const map = join(work, `import-${statements}.yaml`);
    writeFileSync(map, generateMap({ statements, seed: 1 }).yaml);
    const aif = map.replace(/\.yaml$/, '.aif.json');
    const exported = spawnSync(process.execPath, [bin, 'export', '--format', 'aif', '-o', aif, map], { cwd: root, stdio: 'ignore', timeout: 600_000 });
    if (exported.status !== 0) {
      process.stderr.write(`  import aif of ${nodes} nodes: the export of ${statements} statements exited ${exported.status ?? exported.signal}\n`);
      return undefined;
    }
    const found = nodesIn(aif);
    if (found < nodes) {
      statements = Math.ceil((statements * 1.02) / 100) * 100;
      continue;
    }
    const cell = measure([bin, '--max-size', '400', 'import', aif], runsFor(100_000));
    process.stderr.write(`  import aif of ${found} nodes: ${cell ? `${cell.seconds.toFixed(3)} s, ${cell.megabytes?.toFixed(0)} MB` : 'n/a'}\n`);
    return cell && { nodes: found, statements, megabytes: statSync(aif).size / 1e6, cell };
  }
  process.stderr.write(`  import aif of ${nodes} nodes: no map up to ${statements} statements gave that many\n`);
  return undefined;
}

const cpu = cpus();
const report = reportOf({
  machine: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  date: new Date().toISOString().slice(0, 10),
  load: [loadBefore, loadavg()[0]!],
  quick,
  startup,
  startupWithCertificates,
  commands: commands.map((command) => command.name),
  rows,
  lsp,
  importAif: importNodes,
});

process.stdout.write(`${report}\n`);
const docs = join(root, 'docs', 'performance.md');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
const current = existsSync(docs) ? readFileSync(docs, 'utf8') : `# Performance\n\n${START}\n${END}\n`;
if (current.includes(START) && current.includes(END) && !quick) {
  writeFileSync(docs, `${current.slice(0, current.indexOf(START) + START.length)}\n${report}\n${current.slice(current.indexOf(END))}`);
  process.stderr.write(`wrote ${docs}\n`);
}
