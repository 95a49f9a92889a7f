import { describe, expect, it } from 'vitest';
import { reportOf, type Measurements } from '../bench/report.js';

describe('the benchmark report', () => {
  const cell = (seconds: number) => ({ seconds, min: seconds, max: seconds, megabytes: 100, cpuSeconds: seconds });
  const measured = (fmtSeconds: number, lsp: Measurements['lsp']): Measurements => ({
    machine: 'a machine',
    date: '2026-12-04',
    load: [1, 1],
    quick: false,
    startup: undefined,
    commands: ['fmt'],
    rows: [{ statements: 100_000, results: new Map([['fmt', cell(fmtSeconds)]]) }],
    lsp,
  });

  it('marks the goals of fmt and the language server met or not, from the median of the edits', () => {
    const report = reportOf(measured(4.2, { firstDiagnostics: 700, diagnostics: [120, 400, 130], completion: [20, 60, 30] }));
    expect(report).toContain('| 100,000: fmt | < 10 s | 4.200 s: **met** |');
    expect(report).toContain('| 10,000: lsp diagnostics after an edit | < 300 ms | median 130 ms (120–400): **met** |');
    expect(report).toContain('| 10,000: lsp completion after an edit | < 50 ms | median 30 ms (20–60): **met** |');
    expect(report).toContain('the first diagnostics, on opening, took 700 ms.');

    const slow = reportOf(measured(12, { firstDiagnostics: 900, diagnostics: [310, 320, 400], completion: [55, 20, 70] }));
    expect(slow).toContain('| 100,000: fmt | < 10 s | 12.000 s: **not met** |');
    expect(slow).toContain('median 320 ms (310–400): **not met** |');
    expect(slow).toContain('median 55 ms (20–70): **not met** |');
  });

  it('gives the start-up ratio with and without NODE_EXTRA_CA_CERTS, each against its own bare node', () => {
    const report = reportOf({ ...measured(4, undefined), startup: { node: 0.06, check: 0.105 }, startupWithCertificates: { node: 0.1, check: 0.15 } });
    expect(report).toContain('| `check` on the article map, against `node -e 0`, without NODE_EXTRA_CA_CERTS | ≤ 1.6× | 1.75× (0.105 s against 0.060 s): **not met** |');
    expect(report).toContain('| `check` on the article map, against `node -e 0`, with NODE_EXTRA_CA_CERTS | ≤ 1.6× | 1.50× (0.150 s against 0.100 s): **met** |');
    expect(reportOf(measured(4, undefined))).toContain('| `check` on the article map, against `node -e 0`, with NODE_EXTRA_CA_CERTS | ≤ 1.6× | not measured |');
  });

  it('judges the import goal on the AIF file of 100,000 nodes, not on the map of 100,000 statements', () => {
    const importAif = { nodes: 100_210, statements: 28_600, megabytes: 30.04, cell: { seconds: 2.25, min: 1.97, max: 2.48, megabytes: 292, cpuSeconds: 2.8 } };
    const report = reportOf({ ...measured(4, undefined), importAif });
    expect(report).toContain('| AIF file of 100,210 nodes (30 MB, a map of 28,600 statements): import aif | < 3 s | 2.250 s (1.97–2.48, CPU 2.80 s, 292 MB): **met** |');
    expect(report).not.toContain('100,000: import aif');
    const slow = reportOf({ ...measured(4, undefined), importAif: { ...importAif, cell: { ...importAif.cell, seconds: 3.5 } } });
    expect(slow).toContain('import aif | < 3 s | 3.500 s (1.97–2.48, CPU 2.80 s, 292 MB): **not met** |');
    expect(reportOf(measured(4, undefined))).toContain('| AIF file of 100,000 nodes: import aif | < 3 s | not measured |');
  });

  it('says when five times Argdown leaves less time than Node and js-yaml take on the map alone', () => {
    const results = new Map([
      ['floor', cell(0.121)],
      ['check', cell(0.131)],
      ['argdown json', cell(0.565)],
      ['export dot', cell(0.2)],
      ['argdown dot', cell(1.2)],
    ]);
    const report = reportOf({ ...measured(4, undefined), rows: [{ statements: 100, results }] });
    expect(report).toContain(
      '| 100: check against Argdown\'s parser and model (`argdown json`) | ≥ 5× | 4.3×: **not met**; cannot be: 5× leaves 0.113 s, and Node with js-yaml reading the map, and nothing else, takes 0.121 s |',
    );
    expect(report).toContain('| 100: DOT against Argdown\'s (`argdown map --format dot`) | ≥ 5× | 6.0×: **met** |');
  });

  it('says when the language server was not measured', () => {
    expect(reportOf(measured(4, undefined))).toContain('| 10,000: lsp completion after an edit | < 50 ms | not measured |');
  });
});
