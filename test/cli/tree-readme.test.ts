import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the README', () => {
  it('shows what `argmap tree` really prints', () => {
    const block = /```console\n\$ argmap (tree [^\n]+)\n([\s\S]*?)```/.exec(readme);
    expect(block, 'a ```console block starting with "$ argmap tree …"').not.toBeNull();
    const run = runCli(block![1]!.split(' '));
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(block![2]);
  });
});
