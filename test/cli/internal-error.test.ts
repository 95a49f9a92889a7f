import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { brokenIo } from '../helpers.js';

describe('an internal error', () => {
  it('prints one line asking for a report and exits 70, with no stack trace', async () => {
    const { io, stderr } = brokenIo();
    expect(await main(['node', 'argmap', 'check', 'maps/example.yaml'], io)).toBe(70);
    expect(stderr()).toBe(
      'argmap: internal error: boom\nThis is a bug in argmap. Please report it with the map that caused it; run with --debug to see the stack trace.\n',
    );
  });

  it('shows the stack trace with --debug', async () => {
    const { io, stderr } = brokenIo();
    expect(await main(['node', 'argmap', '--debug', 'check', 'maps/example.yaml'], io)).toBe(70);
    expect(stderr()).toMatch(/^Error: boom\n\s+at /);
  });
});
