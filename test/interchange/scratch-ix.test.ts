import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importAif } from '../../src/interchange/index.js';
it('x', () => {
  const dir = '/work/shared/corpora/aif/';
  const index = JSON.parse(readFileSync(dir + 'INDEX.json', 'utf8'));
  console.log(Object.keys(index[0]));
  for (const e of index) {
    const o = importAif(readFileSync(dir + e.file, 'utf8'), e.file);
    const args = Object.values((o.document?.arguments ?? {}) as Record<string, any>);
    const sup = args.filter((a) => a.supports && !a.note).length;
    const ma = args.filter((a) => a.note).length;
    const att = args.filter((a) => a.attacks).length;
    const und = args.filter((a) => a.undercuts).length;
    const con = ((o.document?.contradictions ?? []) as unknown[]).length;
    const t = e.node_types;
    const bad = sup !== (t.RA ?? 0) || att + und + 2 * con !== (t.CA ?? 0) || ma !== (t.MA ?? 0);
    if (bad) console.log(e.file, JSON.stringify(t), `sup ${sup} ma ${ma} att ${att} und ${und} con ${con}`, o.diagnostics.filter(d=>d.code!=='import-dialogue').map((d) => `${d.line}:${d.code}:${d.message}`).join(' | '));
  }
});
