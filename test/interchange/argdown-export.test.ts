import { ArgdownApplication, DataPlugin, ModelPlugin, ParserPlugin } from '@argdown/core';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapToArgdown, mapToArgdownChunks, escapeArgdownText, foldArgdownText } from '../../src/interchange/index.js';
import type { ArgMap } from '../../src/model/types.js';
import { parseMap } from '../../src/parse/parse-map.js';
import { ROOT } from '../helpers.js';
import { toYaml, validMapObject } from '../hostile/arbitraries.js';

const app = new ArgdownApplication();
app.addPlugin(new ParserPlugin(), 'parse-input');
app.addPlugin(new DataPlugin(), 'build-model');
app.addPlugin(new ModelPlugin(), 'build-model');

/* eslint-disable @typescript-eslint/no-explicit-any -- Argdown's model is read as loose JSON here */
/** What Argdown's own parser finds in a document, in argmap's terms. */
function readWithArgdown(input: string) {
  const response: any = app.run({ input, process: ['parse-input', 'build-model'] });
  const errors = [...(response.lexerErrors ?? []), ...(response.parserErrors ?? [])].map((error: any) => error.message);
  const statements = new Map<string, { text: string; tags: string[]; data: any }>();
  for (const [title, statement] of Object.entries<any>(response.statements)) {
    const text = statement.members.map((member: any) => member.text).find((text: unknown) => typeof text === 'string' && text !== '') ?? '';
    // Argdown keeps the tags in the text; argmap writes them after it. Only tags Argdown read come off: a text that
    // itself ends in an escaped " #(1)" reads back with those characters, and they are the text's.
    const tags: string[] = statement.tags ?? [];
    let body = text.trimEnd();
    for (let tag = tags.find((t) => body.endsWith(` #(${t})`)); tag !== undefined; tag = tags.find((t) => body.endsWith(` #(${t})`))) {
      body = body.slice(0, -` #(${tag})`.length).trimEnd();
    }
    statements.set(title, { text: body.trim(), tags, data: statement.data });
  }
  const args = new Map<string, { premises: string[]; conclusion: string }>();
  for (const [title, argument] of Object.entries<any>(response.arguments)) {
    const pcs: any[] = argument.pcs;
    args.set(title, { premises: pcs.filter((s) => s.role === 'premise').map((s) => s.title), conclusion: pcs[pcs.length - 1].title });
  }
  const relations = response.relations.map((r: any) => `${r.from.title} ${r.relationType} ${r.to.title ?? r.to.argumentTitle ?? r.to.inference?.argumentTitle}`);
  return { errors, title: response.frontMatter?.title as string | undefined, statements, args, relations: relations.sort() };
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** The statements, arguments and relations argmap's export should make Argdown find. */
function expectSameStructure(map: ArgMap): void {
  const read = readWithArgdown(mapToArgdown(map));
  expect(read.errors).toEqual([]);
  if (map.title !== undefined) expect(read.title).toBe(map.title);
  const speakers = new Map(map.speakers.map((speaker) => [speaker.id, speaker.name]));
  for (const statement of map.statements) {
    const found = read.statements.get(statement.id);
    expect(found?.text, statement.id).toBe(foldArgdownText(statement.text));
    const tags = statement.tags.map((tag) => tag.value);
    expect(found?.data?.tags ?? found?.tags ?? []).toEqual(found?.data?.tags ? tags : [...new Set(tags)]);
    if (statement.speaker !== undefined) expect(found?.data?.speaker).toBe(speakers.get(statement.speaker));
  }
  const expectedRelations: string[] = [];
  for (const argument of map.arguments) {
    const found = read.args.get(argument.id);
    expect(found?.premises, argument.id).toEqual(argument.premises.map((premise) => premise.id));
    if (argument.kind === 'support' && !argument.backing) expect(found?.conclusion).toBe(argument.target.id);
    else {
      // Attacks, undercuts and backings conclude a statement of their own, marked, that aims at the target.
      const conclusion = found?.conclusion ?? '';
      expect(read.statements.get(conclusion)?.data?.argmap).toBe(argument.backing ? 'backing' : argument.kind);
      expectedRelations.push(`${conclusion} ${argument.kind} ${argument.target.id}`);
    }
  }
  const pairs = new Set<string>();
  for (const { between } of map.contradictions) {
    const pair = JSON.stringify([between[0].id, between[1].id].sort());
    if (!pairs.has(pair)) expectedRelations.push(`${between[0].id} contradictory ${between[1].id}`);
    pairs.add(pair);
  }
  expect(read.relations).toEqual(expectedRelations.sort());
  const conclusionsOfTheirOwn = map.arguments.filter((argument) => argument.kind !== 'support' || argument.backing).length;
  expect(read.statements.size).toBe(new Set(map.statements.map((s) => s.id)).size + conclusionsOfTheirOwn);
  expect(read.args.size).toBe(map.arguments.length);
}

/** Text made of Argdown's own syntax, so that the property meets shortcodes, relations, inference lines, comments and links. */
const argdownLikeText = fc
  .array(
    fc.constantFrom('.', ':', 'x', ' ', '-', '--', '+', '>', '<', '[', ']', '#', '(', ')', '{', '}', '\\', '@', '*', '__', '/', '//', '/*', '===', ',', 'e.g.', ':smile:', '\n', '\t', '(1)', '<!--', '_>', '><', '-->'),
    { maxLength: 20 },
  )
  .map((parts) => parts.join(''));

function loadMap(path: string): ArgMap {
  const result = parseMap(readFileSync(join(ROOT, path), 'utf8'), path);
  expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  return result.map;
}

describe('export --format argdown', () => {
  it.each(['maps/example.yaml', 'maps/unilateral-concessions.yaml'])('Argdown reads %s back as the same map', (path) => {
    expectSameStructure(loadMap(path));
  });

  it('an argument that backs an argument concludes a marked statement that supports it (+>)', () => {
    const map = parseMap('argmap: 1\nstatements: {t: T, p: P, r: R}\narguments:\n  main: { supports: t, premises: [p] }\n  back: { supports: main, premises: [r] }\n').map;
    expect(mapToArgdown(map).split('\n').slice(-5)).toEqual([
      '(1) [r]',
      '-----',
      '(2) [back.conclusion]: What back concludes for main. {argmap: "backing"}',
      '  +> <main>',
      '',
    ]);
    expectSameStructure(map);
  });

  it('writes the title, statements, a linked argument, an attack, an undercut and a contradiction', () => {
    const map = parseMap(
      [
        'argmap: 1',
        'title: Small',
        'statements:',
        '  a: {text: A is so., tags: [t1]}',
        '  b: B.',
        '  c: C.',
        'arguments:',
        '  r: {supports: a, premises: [b, c]}',
        '  x: {attacks: b, premises: [c]}',
        '  u: {undercuts: r, premises: [a]}',
        'contradictions:',
        '  - [a, c]',
        '',
      ].join('\n'),
    ).map;
    expect(mapToArgdown(map)).toBe(
      [
        '===',
        'title: "Small"',
        '===',
        '',
        '[a]: A is so. #(t1)',
        '',
        '[b]: B.',
        '',
        '[c]: C.',
        '',
        '<r>',
        '',
        '(1) [b]',
        '(2) [c]',
        '-----',
        '(3) [a]',
        '',
        '<x>',
        '',
        '(1) [c]',
        '-----',
        '(2) [x.conclusion]: What x concludes against b. {argmap: "attack"}',
        '  -> [b]',
        '',
        '<u>',
        '',
        '(1) [a]',
        '-----',
        '(2) [u.conclusion]: What u concludes against r. {argmap: "undercut"}',
        '  _> <r>',
        '',
        '[a]',
        '  >< [c]',
        '',
      ].join('\n'),
    );
  });

  it("gives an attack's conclusion a title no statement has", () => {
    const { map } = parseMap(
      ['argmap: 1', 'statements:', '  b: B.', '  x.conclusion: X.', '  x.conclusion.2: Y.', '  c: C.', 'arguments:', '  x: {attacks: b, premises: [c]}', '  y: {attacks: c, premises: [b]}', ''].join('\n'),
    );
    const lines = mapToArgdown(map).split('\n');
    expect(lines.filter((line) => line.startsWith('(2)'))).toEqual([
      '(2) [x.conclusion.3]: What x concludes against b. {argmap: "attack"}',
      '(2) [y.conclusion]: What y concludes against c. {argmap: "attack"}',
    ]);
  });

  it('escapes a text that ends like a tag, so that it stays text', () => {
    const read = readWithArgdown(`[s]: ${escapeArgdownText('. #(1)')}\n`);
    expect(read.statements.get('s')).toMatchObject({ text: '. #(1)', tags: [] });
  });

  it('escapes every text so that Argdown reads it back unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), argdownLikeText), (text) => {
        fc.pre(foldArgdownText(text) !== '');
        const read = readWithArgdown(`[s]: ${escapeArgdownText(text)}\n`);
        expect(read.errors).toEqual([]);
        expect(read.statements.get('s')?.text).toBe(foldArgdownText(text));
        expect(read.relations).toEqual([]);
        expect(read.args.size).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('Argdown reads generated maps back as the same map', () => {
    fc.assert(
      fc.property(validMapObject, (object) => {
        const result = parseMap(toYaml(object), 'generated.yaml');
        fc.pre(!result.diagnostics.some((diagnostic) => diagnostic.severity === 'error'));
        expectSameStructure(result.map);
      }),
      { numRuns: 60 },
    );
  });
});

describe('export --format argdown in chunks', () => {
  it('gives the same document however it is cut', () => {
    fc.assert(
      fc.property(validMapObject, fc.integer({ min: 1, max: 12 }), (object, chunkLines) => {
        const result = parseMap(toYaml(object), 'generated.yaml');
        fc.pre(!result.diagnostics.some((diagnostic) => diagnostic.severity === 'error'));
        const chunks = [...mapToArgdownChunks(result.map, chunkLines)];
        expect(chunks.join('')).toBe([...mapToArgdownChunks(result.map, Infinity)].join(''));
        expect(chunks.join('')).toBe(mapToArgdown(result.map));
      }),
      { numRuns: 200 },
    );
  });
});
