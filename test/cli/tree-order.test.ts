import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, yaml } from '../helpers.js';
import { tempDir } from '../temp.js';

// The map names its source; the text puts the attack's premise before the support's.
const map = yaml`
  argmap: 1
  source: { file: article.txt }
  theses: [t, u]
  statements:
    t: { text: T., quote: The thesis, note: The main claim. }
    u: { text: U., quote: The other thesis }
    p: { text: P., quote: Then p }
    q: { text: Q., quote: First q }
  arguments:
    a: { supports: t, premises: [p] }
    b: { attacks: t, premises: [q] }
    c: { supports: u, premises: [q] }
`;
const text = 'The thesis. First q. Then p. The other thesis.';

function folder(files: Record<string, string>): string {
  const dir = tempDir('argmap-tree-order-');
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const outline = 'Outline:\n  t  3 statements  T.\n  u  2 statements  U.\n\n';

describe('argmap tree: outline, --order, --notes (end to end)', () => {
  it('opens with the outline; --no-outline leaves it out; the default order puts support first', () => {
    const dir = folder({ 'map.yaml': map, 'article.txt': text });
    const tree = 't  T.\n├─ + a\n│  └─ p  P.\n└─ − rebut b\n   └─ q  Q.\n\nu  U.\n└─ + c\n   └─ ↑ q, above\n';
    expect(runCli(['tree', 'map.yaml'], { cwd: dir })).toEqual({ code: 0, stdout: `${outline}${tree}`, stderr: '' });
    expect(runCli(['tree', '--no-outline', 'map.yaml'], { cwd: dir })).toEqual({ code: 0, stdout: tree, stderr: '' });
  });

  it('--order source follows the quotes in the map\'s source, or in --source', () => {
    const dir = folder({ 'map.yaml': map, 'article.txt': text, 'other.txt': 'First q. The other thesis. Then p. The thesis.' });
    const bySource = 't  T.\n├─ − rebut b\n│  └─ q  Q.\n└─ + a\n   └─ p  P.\n\nu  U.\n└─ + c\n   └─ ↑ q, above\n';
    expect(runCli(['tree', '--no-outline', '--order', 'source', 'map.yaml'], { cwd: dir })).toEqual({ code: 0, stdout: bySource, stderr: '' });
    // Another text, another order: the second thesis now comes first.
    // --source implies --order source.
    const other = runCli(['tree', '--no-outline', '--source', 'other.txt', 'map.yaml'], { cwd: dir });
    expect(other).toEqual({ code: 0, stdout: 'u  U.\n└─ + c\n   └─ q  Q.\n\nt  T.\n├─ − rebut b\n│  └─ ↑ q, above\n└─ + a\n   └─ p  P.\n', stderr: '' });
  });

  it("--order source without the map's source says so and follows the file; an unreadable --source exits 2", () => {
    const dir = folder({ 'map.yaml': map });
    const run = runCli(['tree', '--no-outline', '--order', 'source', 'map.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual(['t  T.', '├─ + a', '│  └─ p  P.']);
    expect(run.stderr).toMatch(/^argmap: --order source follows the map's order: cannot read .*article\.txt.*\n$/);
    const missing = runCli(['tree', '--order', 'source', '--source', 'nowhere.txt', 'map.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/cannot read the source text: .*nowhere\.txt/);
    expect(runCli(['tree', '--order', 'sideways', 'map.yaml'], { cwd: dir }).code).toBe(2);
  });

  it('--notes prints notes under what they are about', () => {
    const dir = folder({ 'map.yaml': map });
    expect(runCli(['tree', '--no-outline', '--notes', '--focus', 't', 'map.yaml'], { cwd: dir }).stdout).toBe(
      't  T.\nnote: The main claim.\n├─ + a\n│  └─ p  P.\n└─ − rebut b\n   └─ q  Q.\n',
    );
  });
});
