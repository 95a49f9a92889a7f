import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { RULE_METADATA } from '../../src/check/run.js';
import { fileUri, formatSarif } from '../../src/diagnostics/format-sarif.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';

/**
 * The parts of the SARIF 2.1.0 schema (OASIS, sarif-schema-2.1.0.json) that
 * argmap writes, with their required properties, types and enumerations. No
 * npm package ships the official schema file, so this restates it; extra
 * properties are refused, to catch misspelt names.
 */
const message = { type: 'object', required: ['text'], properties: { text: { type: 'string' } }, additionalProperties: false };
const positive = { type: 'integer', minimum: 1 };
const physicalLocation = {
  type: 'object',
  required: ['artifactLocation', 'region'],
  additionalProperties: false,
  properties: {
    artifactLocation: {
      type: 'object',
      required: ['uri'],
      additionalProperties: false,
      properties: { uri: { type: 'string', minLength: 1 }, uriBaseId: { type: 'string' } },
    },
    region: {
      type: 'object',
      required: ['startLine', 'startColumn', 'endLine', 'endColumn'],
      additionalProperties: false,
      properties: { startLine: positive, startColumn: positive, endLine: positive, endColumn: positive },
    },
  },
};
const level = { enum: ['none', 'note', 'warning', 'error'] };
const sarifSchema = {
  type: 'object',
  required: ['version', 'runs'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string', format: 'uri' },
    version: { const: '2.1.0' },
    runs: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['tool', 'results'],
        additionalProperties: false,
        properties: {
          columnKind: { enum: ['utf16CodeUnits', 'unicodeCodePoints'] },
          tool: {
            type: 'object',
            required: ['driver'],
            additionalProperties: false,
            properties: {
              driver: {
                type: 'object',
                required: ['name', 'rules'],
                additionalProperties: false,
                properties: {
                  name: { type: 'string' },
                  version: { type: 'string' },
                  semanticVersion: { type: 'string' },
                  rules: {
                    type: 'array',
                    uniqueItems: true,
                    items: {
                      type: 'object',
                      required: ['id', 'shortDescription', 'defaultConfiguration'],
                      additionalProperties: false,
                      properties: {
                        id: { type: 'string' },
                        shortDescription: message,
                        help: { type: 'object', required: ['text'], properties: { text: { type: 'string' }, markdown: { type: 'string' } } },
                        helpUri: { type: 'string', format: 'uri' },
                        defaultConfiguration: {
                          type: 'object',
                          additionalProperties: false,
                          properties: { enabled: { type: 'boolean' }, level },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          results: {
            type: 'array',
            items: {
              type: 'object',
              required: ['message', 'ruleId', 'ruleIndex', 'level', 'locations'],
              additionalProperties: false,
              properties: {
                ruleId: { type: 'string' },
                ruleIndex: { type: 'integer', minimum: 0 },
                level,
                message,
                locations: { type: 'array', minItems: 1, items: { type: 'object', required: ['physicalLocation'], properties: { physicalLocation } } },
                relatedLocations: {
                  type: 'array',
                  uniqueItems: true,
                  items: {
                    type: 'object',
                    required: ['id', 'physicalLocation'],
                    additionalProperties: false,
                    properties: { id: { type: 'integer', minimum: 0 }, message, physicalLocation },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};

// Ajv's core has no "uri" format; this one is what the SARIF schema means by it: an absolute URI.
const validate = new Ajv({ allErrors: true, strict: true, formats: { uri: /^[a-z][a-z0-9+.-]*:/i } }).compile(sarifSchema);

const diagnostic = (extra: Partial<Diagnostic>): Diagnostic => ({
  code: 'circular-reasoning',
  severity: 'error',
  message: 'Circular reasoning (2 steps): "a" → "b" → "a".',
  file: 'maps/my map.yaml',
  line: 5,
  column: 33,
  endLine: 5,
  endColumn: 34,
  ...extra,
});

describe('formatSarif', () => {
  const log = JSON.parse(
    formatSarif(
      [
        diagnostic({ hint: 'Break the circle.', related: [{ message: 'step 1', file: 'maps/my map.yaml', line: 6, column: 33, endLine: 6, endColumn: 34 }] }),
        diagnostic({ code: 'unknown-ref', message: 'Unknown statement "x".', line: 9, column: 1, endColumn: 2 }),
        diagnostic({ code: 'critical-question', severity: 'info', file: '/abs/m.yaml' }),
      ],
      { version: '1.2.3', rules: RULE_METADATA },
    ),
  );

  it('writes a log that has the structure SARIF 2.1.0 requires', () => {
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // And the check has teeth: a log missing a result's message is refused.
    const broken = structuredClone(log);
    delete broken.runs[0].results[0].message;
    expect(validate(broken)).toBe(false);
  });

  it('lists every rule, disabled ones too, and a descriptor for each format error code found', () => {
    const rules = log.runs[0].tool.driver.rules;
    expect(rules.map((rule: { id: string }) => rule.id)).toEqual([...RULE_METADATA.map((rule) => rule.id), 'unknown-ref']);
    expect(rules.find((rule: { id: string }) => rule.id === 'critical-question').defaultConfiguration).toEqual({ enabled: false, level: 'note' });
    expect(rules[0].help.markdown).toContain('(docs/rules.md#circular-reasoning)');
  });

  it('gives each result its rule, level, message with the hint, location and related locations', () => {
    const [first, second, third] = log.runs[0].results;
    expect(first).toEqual({
      ruleId: 'circular-reasoning',
      ruleIndex: 0,
      level: 'error',
      message: { text: 'Circular reasoning (2 steps): "a" → "b" → "a".\nHint: Break the circle.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'maps/my%20map.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 5, startColumn: 33, endLine: 5, endColumn: 34 },
          },
        },
      ],
      relatedLocations: [
        {
          id: 1,
          message: { text: 'step 1' },
          physicalLocation: {
            artifactLocation: { uri: 'maps/my%20map.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 6, startColumn: 33, endLine: 6, endColumn: 34 },
          },
        },
      ],
    });
    expect(second).toMatchObject({ ruleId: 'unknown-ref', ruleIndex: RULE_METADATA.length });
    expect(third).toMatchObject({ level: 'note', locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///abs/m.yaml' } } }] });
  });

  it('gives helpUri only when given an absolute base for the docs, as SARIF requires an absolute URI there', () => {
    const withUri = JSON.parse(formatSarif([], { version: '1', rules: RULE_METADATA, rulesDocUri: 'https://example.org/docs/rules.md' }));
    expect(validate(withUri)).toBe(true);
    expect(withUri.runs[0].tool.driver.rules[0].helpUri).toBe('https://example.org/docs/rules.md#circular-reasoning');
    expect(log.runs[0].tool.driver.rules[0].helpUri).toBeUndefined();
  });

  it('turns file names into URIs: relative stays relative, absolute and Windows paths become file: URIs', () => {
    expect(fileUri('maps/a b#1.yaml')).toEqual({ value: 'maps/a%20b%231.yaml', relative: true });
    expect(fileUri('/home/me/m.yaml')).toEqual({ value: 'file:///home/me/m.yaml', relative: false });
    expect(fileUri('C:\\maps\\m.yaml')).toEqual({ value: 'file:///C:/maps/m.yaml', relative: false });
    expect(fileUri('<stdin>')).toEqual({ value: '%3Cstdin%3E', relative: true });
  });
});
