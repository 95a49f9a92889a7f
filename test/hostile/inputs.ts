/**
 * Hostile and broken maps, each with the diagnostic it must end in
 * (code:line:column). Shared by the end-to-end tests of check, tree and export.
 */
export const laughs = (() => {
  let text = 'argmap: 1\nstatements:\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
  let previous = 'a';
  for (const name of 'bcdefghij') {
    text += `  ${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]\n`;
    previous = name;
  }
  return text;
})();

export const HOSTILE_INPUTS: [name: string, content: string | Buffer, expected: string][] = [
  ['an empty file', '', 'empty-map:1:1'],
  ['a scalar at the top', 'just words\n', 'not-a-mapping:1:1'],
  ['a list at the top', '- argmap: 1\n', 'not-a-mapping:1:1'],
  ['a YAML syntax error', 'argmap: 1\nstatements: {a: [}\n', 'yaml-syntax:2:18'],
  ['an alias bomb ("billion laughs")', laughs, 'yaml-alias:4:10'],
  ['an alias cycle', 'argmap: 1\nstatements: &x\n  a: *x\n', 'yaml-alias:3:6'],
  ['a merge key', 'argmap: 1\nstatements:\n  a: { <<: { text: A } }\n', 'yaml-merge-key:3:8'],
  ['50,000 nested brackets', `argmap: 1\nstatements: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`, 'yaml-syntax:2:76'],
  ['3,000 indentation levels', `argmap: 1\nstatements:\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i + 2)}k${i}:\n`).join('')}`, 'yaml-syntax:65:65'],
  ['a 2 MB key', `argmap: 1\nstatements:\n  ${'k'.repeat(2_000_000)}: x\n`, 'invalid-id:3:3'],
  ['a NUL byte', 'argmap: 1\nstatements:\n  a: b\u0000c\n', 'yaml-syntax:3:7'],
  ['invalid UTF-8', Buffer.concat([Buffer.from('argmap: 1\nstatements:\n  a: '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]), 'encoding:3:6'],
  ['several documents', 'argmap: 1\nstatements: {a: A}\n---\nargmap: 1\n', 'yaml-multiple-documents:3:1'],
  ['a duplicate key', 'argmap: 1\nstatements: {a: A}\nstatements: {b: B}\n', 'duplicate-key:3:1'],
  ['a null id', 'argmap: 1\nstatements:\n  ~: x\n', 'wrong-type:3:3'],
  ['a boolean id', 'argmap: 1\nstatements:\n  true: x\n', 'wrong-type:3:3'],
  ['a number id', 'argmap: 1\nstatements:\n  12: x\n', 'wrong-type:3:3'],
  ['a number as a reference', 'argmap: 1\nstatements: {a: A}\ntheses: [12]\n', 'wrong-type:3:10'],
];

/** Keys that name an object's prototype, at the top and inside: each an unknown-key error, and nothing polluted. */
export const PROTO_MAP =
  'argmap: 1\n__proto__: { polluted: true }\nstatements:\n  __proto__: { text: P, __proto__: x }\n  constructor: C\n  prototype: Q\narguments:\n  r: { supports: constructor, premises: [__proto__, prototype] }\n';

/** Inputs that look odd but are valid maps. */
export const ODD_BUT_VALID: [name: string, content: string][] = [
  ['a 2 MB scalar', `argmap: 1\nstatements:\n  a: ${'x'.repeat(2_000_000)}\n`],
  // Intl.Segmenter is quadratic in the length of what it walks: this took the tree minutes.
  ['a 300,000-character word of CJK text', `argmap: 1\nstatements:\n  a: ${'漢'.repeat(300_000)}\n`],
  // Drawn on one line of the diagram: 1 MB of it took resvg minutes and gigabytes.
  ['a 1 MB title', `argmap: 1\ntitle: ${'T'.repeat(1_000_000)}\nstatements:\n  a: A\n`],
  ['a byte-order mark and CRLF line ends', '\ufeffargmap: 1\r\nstatements:\r\n  a: A\r\n'],
];
