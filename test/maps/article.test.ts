import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findQuote, indexSource } from '../../src/quotes/index.js';
import { parseMap, renderTree } from '../../src/index.js';
import type { ArgMap } from '../../src/index.js';

// The showcase map. Its source lives outside the repository (../shared/sources
// seen from the project root), so the tests that read it skip where it is absent.
const mapUrl = new URL('../../maps/unilateral-concessions.yaml', import.meta.url);
const mapText = readFileSync(mapUrl, 'utf8');
const { map, diagnostics } = parseMap(mapText, 'maps/unilateral-concessions.yaml');
const sourceUrl = new URL(map.source?.file?.value ?? '../../shared/sources/unilateral-concessions.txt', mapUrl);
const source = fileURLToPath(sourceUrl);

/** Statement ids joined into groups by the arguments between them (undercuts and backings join their target's statements). */
function connectedGroups(argMap: ArgMap): Map<string, string> {
  const parent = new Map<string, string>(argMap.statements.map((s) => [s.id, s.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const join = (a: string, b: string) => parent.set(find(a), find(b));
  const byId = new Map(argMap.arguments.map((a) => [a.id, a]));
  const statementsOf = (argumentId: string): string[] => {
    const argument = byId.get(argumentId)!;
    const target = argument.kind === 'undercut' || argument.backing ? statementsOf(argument.target.id) : [argument.target.id];
    return [...target, ...argument.premises.map((p) => p.id)];
  };
  for (const argument of argMap.arguments) {
    const [first, ...rest] = statementsOf(argument.id);
    for (const id of rest) join(first!, id);
  }
  return new Map(argMap.statements.map((s) => [s.id, find(s.id)]));
}

describe('maps/unilateral-concessions.yaml', () => {
  it('parses with no diagnostics', () => {
    expect(diagnostics).toEqual([]);
  });

  it('points source.file at the article, relative to the map', () => {
    expect(map.source?.file?.value).toBe('../../shared/sources/unilateral-concessions.txt');
  });

  it('has between 40 and 90 statements', () => {
    expect(map.statements.length).toBeGreaterThanOrEqual(40);
    expect(map.statements.length).toBeLessThanOrEqual(90);
  });

  it('quotes every explicit statement, and no implicit one', () => {
    const unquoted = map.statements.filter((s) => !s.implicit && s.quotes.length === 0).map((s) => s.id);
    const quotedImplicit = map.statements.filter((s) => s.implicit && s.quotes.length > 0).map((s) => s.id);
    expect(unquoted, 'explicit statements without a quote').toEqual([]);
    expect(quotedImplicit, 'implicit statements with a quote').toEqual([]);
  });

  it("connects each of the commenter's statements to what it responds to", () => {
    const commenter = map.speakers.find((s) => s.role === 'commenter')?.id;
    expect(commenter).toBeDefined();
    const theirs = map.statements.filter((s) => s.speaker === commenter);
    expect(theirs.length).toBeGreaterThan(0);
    const group = connectedGroups(map);
    const othersGroups = new Set(map.statements.filter((s) => s.speaker !== commenter).map((s) => group.get(s.id)));
    const adrift = theirs.filter((s) => !othersGroups.has(group.get(s.id))).map((s) => s.id);
    expect(adrift, "commenter's statements linked to nothing in the article").toEqual([]);
  });

  it('draws the Hegseth verdict and the summits under the first thesis, Zelensky\'s call under europe-step-up, after an outline', () => {
    const inFull = (focus: string) => renderTree(map, { focus }).lines.flatMap((line) => /([a-z-]+) {2}/.exec(line.replace(/^[│├└─ ]*/u, ''))?.[1] ?? []);
    expect(inFull('concessions-blunder')).toEqual(expect.arrayContaining(['hegseth-unqualified', 'prestige-boost']));
    expect(inFull('europe-step-up')).toEqual(expect.arrayContaining(['zelensky-army', 'zelensky-no-rely']));
    // Nor under the other theses: each is where the article puts it.
    expect(inFull('nato-undermined')).not.toContain('zelensky-army');
    const lines = renderTree(map, { outline: true }).lines;
    expect(lines.slice(1, 6)).toEqual(['', 'Outline:', expect.stringMatching(/^ {2}concessions-blunder /), expect.stringMatching(/^ {2}nato-undermined /), expect.stringMatching(/^ {2}europe-step-up /)]);
  });

  it.skipIf(!existsSync(source))('finds every quote in the article text (skipped where ../shared/sources is absent)', () => {
    const index = indexSource(readFileSync(source, 'utf8'));
    const missing: string[] = [];
    for (const statement of map.statements) {
      for (const quote of statement.quotes) {
        const match = findQuote(index, quote.value);
        if (match.found) continue;
        const nearest = match.nearest ? `\n    nearest passage: "${match.nearest.text.replace(/\s+/g, ' ')}"` : '';
        missing.push(`${statement.id}: quote not in the article: "${quote.value}"${nearest}`);
      }
    }
    expect(missing, `\n${missing.join('\n')}\n`).toEqual([]);
  });
});
