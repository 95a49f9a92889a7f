import { describe, expect, it } from 'vitest';
import { checkMap, checkText, formatDiagnostics, formatDiagnosticsJson, formatSarif, parseMap } from '../../src/index.js';

// ESC [ 0 m would reset colours, U+202E would reverse what follows.
const HOSTILE = 'sch\u001b[0meme\u202egnp';
const SHOWN = String.raw`sch\x1B[0meme\u{202E}gnp`;
const map = String.raw`argmap: 1
source: { file: s.txt }
theses: [a]
statements:
  a: A
  b: { text: B, quote: "said \x1b[2J\u202e here" }
arguments:
  r: { supports: a, premises: [b], scheme: "sch\x1b[0meme\u202egnp" }
`;

describe('map text in rule messages', () => {
  const diagnostics = checkText(map, 'm.yaml', { rules: { 'missing-quote': 'off' } });
  const scheme = diagnostics.find((d) => d.code === 'unknown-scheme')!;

  it('is kept raw in the diagnostic data', () => {
    expect(scheme.message).toBe(`Argument "r" names the scheme "${HOSTILE}", which argmap does not know.`);
    const { map: parsed } = parseMap(map, 'm.yaml');
    const source = { file: 'new\u001b[2J\u202etxt.exe', text: 'nothing here' };
    const [quote] = checkMap(parsed, map, { source }).filter((d) => d.code === 'quote-not-found');
    expect(quote!.message).toBe(`The quote of "b" is not in the source text ${source.file}.`);
  });

  it('is escaped by each reporter: pretty, JSON and SARIF', () => {
    const pretty = formatDiagnostics([scheme]);
    expect(pretty).toContain(`names the scheme "${SHOWN}"`);
    expect(pretty).not.toMatch(/[\u001b\u202e]/);
    const json = formatDiagnosticsJson([scheme]);
    expect(json).not.toMatch(/[\u001b\u202e]/);
    expect(JSON.parse(json)[0].message).toBe(scheme.message);
    const sarif = formatSarif([scheme], { rules: [], version: '0.0.0' });
    expect(sarif).not.toMatch(/[\u001b\u202e]/);
    expect(JSON.stringify(JSON.parse(sarif))).toContain(JSON.stringify(HOSTILE).slice(1, -1));
  });

  it('near miss: plain text is the same raw and shown', () => {
    const plain = checkText(map.replace('sch\\x1b[0meme\\u202egnp', 'scheme-x'), 'm.yaml').find((d) => d.code === 'unknown-scheme')!;
    expect(plain.message).toBe('Argument "r" names the scheme "scheme-x", which argmap does not know.');
    expect(formatDiagnostics([plain])).toContain(plain.message);
  });
});
