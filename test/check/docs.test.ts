import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_METADATA } from '../../src/check/run.js';
import { SCHEMES } from '../../src/check/schemes.js';

const doc = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
/** The text of the section under a `### \`id\`` heading. */
const section = (id: string) => doc.split(`\n### \`${id}\`\n`)[1]?.split('\n### ')[0] ?? '';

describe('docs/rules.md', () => {
  it('documents every rule: its level, its example verbatim, why it matters and how to fix it', () => {
    for (const rule of RULE_METADATA) {
      const text = section(rule.id);
      expect(text, rule.id).toContain(`**Default: ${rule.level}.**`);
      expect(text, rule.id).toContain(`\`\`\`yaml\n${rule.example}\`\`\``);
      expect(text, rule.id).toContain('*Why it matters:*');
      expect(text, rule.id).toContain('*Fix:*');
      expect(doc, rule.id).toContain(`| [\`${rule.id}\`](#${rule.id}) | ${rule.level} | ${rule.description} |`);
    }
  });

  it('lists every scheme with its roles and critical questions', () => {
    for (const scheme of SCHEMES) {
      const text = section(scheme.id);
      expect(text, scheme.id).toContain(scheme.title);
      for (const { form } of scheme.roles) expect(text, scheme.id).toContain(form);
      for (const question of scheme.questions) expect(text, scheme.id).toContain(`${question.text} *(${question.kind})*`);
    }
  });
});
